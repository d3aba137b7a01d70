using Bogus;

namespace PartnerTracker.Synthetic;

/// <summary>Picks items in proportion to whole-number weights, from the generator's one seeded randomizer.</summary>
internal sealed class Weighted<T>
{
    private readonly T[] items;
    private readonly int[] cumulativeWeights;

    public Weighted(params (T Item, int Weight)[] choices)
    {
        items = [.. choices.Select(c => c.Item)];
        cumulativeWeights = new int[choices.Length];
        var total = 0;
        for (var i = 0; i < choices.Length; i++)
        {
            // A zero weight would make two boundaries equal and the search below ambiguous.
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(choices[i].Weight);
            total += choices[i].Weight;
            cumulativeWeights[i] = total;
        }
    }

    public T Pick(Randomizer random)
    {
        var roll = random.Int(0, cumulativeWeights[^1] - 1);
        var index = Array.BinarySearch(cumulativeWeights, roll);

        // BinarySearch returns the complement of the first larger weight when the roll is not a boundary itself.
        return items[index >= 0 ? index + 1 : ~index];
    }
}
