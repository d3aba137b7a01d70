using System.Text.RegularExpressions;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Events: a sentence that speaks of a meeting, summit, press event or interview, with the people and companies
/// it names, dated by the sentence (or the one before it in the paragraph, or the publication date). Sentences
/// about the same event (the same attendees that day, or a summit of the same companies) become one event that
/// cites each of them.
/// </summary>
public sealed partial class ArticleAnalyzer
{
    private void FindEvents(TokenizedSentence sentence)
    {
        var kind = EventKindOf(sentence.Text);
        if (kind is null)
        {
            return;
        }

        var attendees = MentionsIn(sentence, MentionKind.Person).Select(m => m.Key).Distinct().ToList();
        var companyKeys = MentionsIn(sentence, MentionKind.Company).Select(m => m.Key).Distinct().ToList();
        if (attendees.Count == 0 && companyKeys.Count == 0)
        {
            return;
        }

        var date = DateRule.Find(sentence.Sentence, input.PublishedOn).FirstOrDefault()
            ?? sentences.Where(s => s.Sentence.Paragraph == sentence.Sentence.Paragraph && s.Sentence.Index == sentence.Sentence.Index - 1)
                .SelectMany(s => DateRule.Find(s.Sentence, input.PublishedOn)).FirstOrDefault();
        var (day, precision) = date is not null ? (date.Start, date.Precision) : (input.PublishedOn, input.PublishedOn is null ? (DatePrecision?)null : DatePrecision.Day);
        events.Add(new EventProposal
        {
            Key = $"new-event:{events.Count + 1}",
            Kind = kind.Value,
            Verification = Regex.IsMatch(sentence.Text, @"\bpress (?:event|conference)\b", RegexOptions.IgnoreCase) ? Verification.Confirmed : Verification.Reported,
            Date = day,
            DatePrecision = precision,
            Place = Place().Match(sentence.Text) is { Success: true } place ? place.Groups["place"].Value : null,
            AttendeeKeys = attendees,
            CompanyKeys = companyKeys,
            DealKeys = MentionsIn(sentence, MentionKind.Deal).Select(m => m.Key).Distinct().ToList(),
            Quote = sentence.Text,
            Quotes = [sentence.Text],
        });
    }

    /// <summary>One event per occasion: the same attendees on the same day, or a gathering of companies all of whom the other event has.</summary>
    private void MergeEvents()
    {
        for (var merged = true; merged;)
        {
            merged = false;
            foreach (var (a, b) in events.SelectMany(a => events.Where(b => b != a).Select(b => (a, b))))
            {
                var sameDay = a.Date == b.Date && a.DatePrecision == b.DatePrecision;
                var sameAttendees = a.AttendeeKeys.Count > 0 && a.AttendeeKeys.ToHashSet().SetEquals(b.AttendeeKeys) && a.Kind == b.Kind;
                var gatheringOf = b.AttendeeKeys.Count == 0 && a.AttendeeKeys.Count > 0 && b.CompanyKeys.All(a.CompanyKeys.Contains)
                    && b.Kind is EventKind.Summit or EventKind.Meeting && a.Kind is EventKind.Summit or EventKind.Meeting;
                if (sameDay && (sameAttendees || gatheringOf))
                {
                    a.CompanyKeys = a.CompanyKeys.Union(b.CompanyKeys).ToList();
                    a.DealKeys = a.DealKeys.Union(b.DealKeys).ToList();
                    a.Quotes = a.Quotes.Union(b.Quotes).ToList();
                    a.Place ??= b.Place;
                    events.Remove(b);
                    merged = true;
                    break;
                }
            }
        }

        foreach (var e in events)
        {
            var order = sentences.Select(s => s.Text).ToList();
            e.Quotes = e.Quotes.OrderBy(order.IndexOf).ToList();
            e.Quote = e.Quotes[0];
            var who = e.CompanyKeys.Count > 0
                ? string.Join("–", e.CompanyKeys.Select(k => companies.GetValueOrDefault(k)?.Name).OfType<string>())
                : string.Join(", ", e.AttendeeKeys.Select(k => people[k].FullName));
            e.Name = $"{who} {KindLabel(e.Kind)}";
        }
    }

    private static string KindLabel(EventKind kind) => kind switch
    {
        EventKind.PressEvent => "press event",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static EventKind? EventKindOf(string text) =>
        Regex.IsMatch(text, @"\bpress (?:event|conference|briefing)\b", RegexOptions.IgnoreCase) ? EventKind.PressEvent
        : Regex.IsMatch(text, @"\binterview\b", RegexOptions.IgnoreCase) ? EventKind.Interview
        : Regex.IsMatch(text, @"\bsummit\b", RegexOptions.IgnoreCase) ? EventKind.Summit
        : Regex.IsMatch(text, @"\b(?:conference|forum|expo)\b", RegexOptions.IgnoreCase) ? EventKind.Conference
        : Regex.IsMatch(text, @"\b(?:met|meet|meets|meeting|convened|held talks)\b", RegexOptions.IgnoreCase) ? EventKind.Meeting
        : null;

    // "at Samsung’s Seocho District office building in southern Seoul", "held in central Seoul"
    [GeneratedRegex(@"\bat (?<place>[^,.;]{0,60}?\b(?:office(?: building)?|headquarters|building|hotel|hall|campus|center|centre)(?: in (?:central |southern |northern |eastern |western )?\p{Lu}\p{L}+)?)|\b(?:held|convened|met) in (?<place>(?:central |southern |northern |eastern |western )?\p{Lu}\p{L}+)")]
    private static partial Regex Place();
}
