namespace PartnerTracker.Synthetic;

internal static class SignificantDigits
{
    /// <summary>
    /// Rounds to a few significant digits, as announced figures are ("$350 million", not "$349,871,203").
    /// Short figures also keep amount × rate exact through SQLite's REAL columns.
    /// </summary>
    public static decimal Round(decimal value, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        var magnitude = (int)Math.Floor(Math.Log10((double)value));
        var unit = PowerOfTen(magnitude - digits + 1);
        return Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit;
    }

    private static decimal PowerOfTen(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10m;
        }

        return exponent >= 0 ? result : 1m / result;
    }
}
