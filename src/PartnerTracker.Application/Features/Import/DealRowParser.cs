using System.Globalization;
using System.Text.RegularExpressions;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Export;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Import;

/// <summary>
/// Turns one row of cells into the deal form's model (<see cref="DealEditModel"/>) and its participants, and checks
/// it with the form's own rules (<see cref="DealRules"/>): the import cannot write what the form would refuse.
/// Every message names the column it concerns.
/// </summary>
public static partial class DealRowParser
{
    /// <summary>Columns a file must have; every other known column may be left out.</summary>
    public static readonly IReadOnlyList<string> Required = [DealColumns.Name, DealColumns.Kind, DealColumns.Stage, DealColumns.Verification];

    /// <summary>The form's field names → the file's column names, for the rules' messages.</summary>
    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        [nameof(DealEditModel.Name)] = DealColumns.Name,
        [nameof(DealEditModel.Kind)] = DealColumns.Kind,
        [nameof(DealEditModel.Stage)] = DealColumns.Stage,
        [nameof(DealEditModel.Verification)] = DealColumns.Verification,
        [nameof(DealEditModel.Summary)] = DealColumns.Summary,
        [nameof(DealEditModel.CountryCode)] = DealColumns.Country,
        [nameof(DealEditModel.ValueQualifier)] = DealColumns.ValueQualifier,
        [nameof(DealEditModel.ValueAmount)] = DealColumns.ValueAmount,
        [nameof(DealEditModel.ValueCurrency)] = DealColumns.ValueCurrency,
        [nameof(DealEditModel.FxRateToUsd)] = DealColumns.RateToUsd,
        [nameof(DealEditModel.FxRateDate)] = DealColumns.RateDate,
        [nameof(DealEditModel.FxRateSource)] = DealColumns.RateSource,
        [nameof(DealEditModel.AnnouncedOn)] = DealColumns.Announced,
        [nameof(DealEditModel.ExpectedCloseOn)] = DealColumns.ExpectedClose,
    };

    /// <summary>The header's problems: unknown, repeated or missing columns.</summary>
    public static List<ImportIssue> CheckHeader(IReadOnlyList<string> headers)
    {
        var issues = new List<ImportIssue>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            if (header.Length == 0)
            {
                issues.Add(new ImportIssue(1, null, "A column has no header; name it or delete it."));
            }
            else if (!DealColumns.All.Contains(header, StringComparer.OrdinalIgnoreCase))
            {
                issues.Add(new ImportIssue(1, header, $"“{header}” is not a column the import reads. The columns are: {string.Join(", ", DealColumns.All)}."));
            }
            else if (!seen.Add(header))
            {
                issues.Add(new ImportIssue(1, header, "The column appears twice."));
            }
        }

        foreach (var missing in Required.Where(r => !seen.Contains(r)))
        {
            issues.Add(new ImportIssue(1, missing, $"The file has no “{missing}” column; it is required."));
        }

        return issues;
    }

    /// <summary>The row as the form's model and participants, with every message about it.</summary>
    public static (DealEditModel Model, List<ParticipantPlan> Participants, List<ImportIssue> Issues) Parse(IReadOnlyList<string> headers, ImportRow row)
    {
        var issues = new List<ImportIssue>();
        string? Cell(string column)
        {
            for (var index = 0; index < headers.Count && index < row.Cells.Count; index++)
            {
                if (string.Equals(headers[index], column, StringComparison.OrdinalIgnoreCase))
                {
                    return Texts.Clean(row.Cells[index]);
                }
            }

            return null;
        }

        void Error(string column, string message) => issues.Add(new ImportIssue(row.Number, column, message));

        T? Parsed<T>(string column, Func<string, T?> parse, string expected)
            where T : struct
        {
            var text = Cell(column);
            if (text is null)
            {
                return null;
            }

            var value = parse(text);
            if (value is null)
            {
                Error(column, $"“{Shorten(text)}” is not {expected}.");
            }

            return value;
        }

        TEnum? Option<TEnum>(string column)
            where TEnum : struct, Enum =>
            Parsed(column, EnumValue<TEnum>, $"one of {string.Join(", ", Enum.GetNames<TEnum>())}");

        var model = new DealEditModel
        {
            Name = Cell(DealColumns.Name) ?? "",
            Summary = Cell(DealColumns.Summary),
            CountryCode = Cell(DealColumns.Country),
            ValueCurrency = Cell(DealColumns.ValueCurrency)?.ToUpperInvariant(),
            FxRateSource = Cell(DealColumns.RateSource),
        };
        model.Kind = Required(DealColumns.Kind, Option<DealKind>(DealColumns.Kind));
        model.Stage = Required(DealColumns.Stage, Option<DealStage>(DealColumns.Stage));
        model.Verification = Required(DealColumns.Verification, Option<Verification>(DealColumns.Verification));

        model.ValueAmount = Parsed(DealColumns.ValueAmount, Number, "a number (digits, a dot for decimals)");
        model.ValueQualifier = Option<MoneyQualifier>(DealColumns.ValueQualifier)
            ?? (model.ValueAmount is not null || model.ValueCurrency is not null ? MoneyQualifier.Exact : null);
        model.ValueIsEstimated = Parsed(DealColumns.ValueEstimated, YesNo, "yes or no") ?? false;
        model.FxRateToUsd = Parsed(DealColumns.RateToUsd, Number, "a number (US dollars per unit)");
        model.FxRateDate = Parsed(DealColumns.RateDate, Day, "a date written yyyy-MM-dd");
        (model.AnnouncedOn, model.AnnouncedPrecision) = DateWithPrecision(DealColumns.Announced, DealColumns.AnnouncedPrecision);
        (model.ExpectedCloseOn, model.ExpectedClosePrecision) = DateWithPrecision(DealColumns.ExpectedClose, DealColumns.ExpectedClosePrecision);

        // The form's rules, each message under its column; a cell already reported as unreadable is not reported twice.
        var reported = issues.Select(i => i.Column).ToHashSet();
        foreach (var (field, messages) in DealRules.Validate(model).ToResult().Errors)
        {
            var column = ColumnOfField.GetValueOrDefault(field, DealColumns.Name);
            if (!reported.Contains(column))
            {
                issues.AddRange(messages.Select(m => new ImportIssue(row.Number, column, m)));
            }
        }

        var participants = ParseParticipants(Cell(DealColumns.Participants), model.Verification, m => Error(DealColumns.Participants, m));
        return (model, participants, issues);

        // A blank or unreadable option becomes an undefined value, which the form's rules refuse as well.
        TEnum Required<TEnum>(string column, TEnum? value)
            where TEnum : struct, Enum
        {
            if (Cell(column) is null)
            {
                Error(column, $"{column} is required.");
            }

            return value ?? (TEnum)Enum.ToObject(typeof(TEnum), -1);
        }

        (DateOnly?, DatePrecision?) DateWithPrecision(string dateColumn, string precisionColumn)
        {
            var precision = Option<DatePrecision>(precisionColumn);
            var text = Cell(dateColumn);
            if (text is null)
            {
                return (null, precision);
            }

            if (PartialDateText(text) is { } written)
            {
                // "H1 2025" carries its own precision; a plain day takes the precision column's, else Day.
                return written.Precision == DatePrecision.Day ? (written.Start, precision ?? DatePrecision.Day) : (written.Start, precision ?? written.Precision);
            }

            Error(dateColumn, $"“{Shorten(text)}” is not a date; write 2025-02-04, Feb 2025, Q1 2025, H1 2025 or 2025.");
            return (null, null);
        }
    }

    private static List<ParticipantPlan> ParseParticipants(string? text, Verification dealVerification, Action<string> error)
    {
        var plans = new List<ParticipantPlan>();
        if (text is null)
        {
            return plans;
        }

        foreach (var entry in text.Split(ParticipantList.Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = ParticipantPattern().Match(entry);
            if (!match.Success)
            {
                error($"“{Shorten(entry)}” needs the company's role in brackets, such as “OpenAI (TechnologyLead)” or “Oracle (EquityPartner, Confirmed)”.");
                continue;
            }

            var name = match.Groups["name"].Value.Trim();
            var role = EnumValue<ParticipantRole>(match.Groups["role"].Value);
            var verification = match.Groups["verification"].Success ? EnumValue<Verification>(match.Groups["verification"].Value) : dealVerification;
            if (Rules.RequiredText(name, "The company name", Company.NameMaxLength) is { } nameError)
            {
                error($"{nameError} (in “{Shorten(entry)}”)");
            }
            else if (role is null)
            {
                error($"“{match.Groups["role"].Value.Trim()}” is not a role; use one of {string.Join(", ", Enum.GetNames<ParticipantRole>())}.");
            }
            else if (verification is null)
            {
                error($"“{match.Groups["verification"].Value.Trim()}” is not a verification; use one of {string.Join(", ", Enum.GetNames<Verification>())}.");
            }
            else if (plans.Any(p => p.Key == Company.Normalize(name) && p.Role == role))
            {
                error($"{name} is listed twice as {role}.");
            }
            else
            {
                plans.Add(new ParticipantPlan(name, role.Value, verification.Value));
            }
        }

        return plans;
    }

    /// <summary>An option by its name, ignoring case, spaces, hyphens and underscores ("Joint venture" = JointVenture); never by number.</summary>
    public static TEnum? EnumValue<TEnum>(string text)
        where TEnum : struct, Enum
    {
        var squeezed = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_')).ToArray());
        return Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, squeezed, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<TEnum>(name)
            : null;
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool? YesNo(string text) => text.ToUpperInvariant() switch
    {
        "YES" or "Y" or "TRUE" or "1" => true,
        "NO" or "N" or "FALSE" or "0" => false,
        _ => null,
    };

    private static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The ways the app writes a partial date: 2025-02-04, Feb 2025, Q1 2025, H1 2025, 2025.</summary>
    public static (DateOnly Start, DatePrecision Precision)? PartialDateText(string text)
    {
        if (Day(text) is { } day)
        {
            return (day, DatePrecision.Day);
        }

        if (DateOnly.TryParseExact(text, "MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month, DatePrecision.Month);
        }

        var period = PeriodPattern().Match(text);
        if (period.Success && int.TryParse(period.Groups["year"].Value, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
        {
            var n = period.Groups["n"].Value is { Length: > 0 } digits ? int.Parse(digits, CultureInfo.InvariantCulture) : 0;
            return char.ToUpperInvariant(period.Groups["kind"].Value.FirstOrDefault()) switch
            {
                'Q' when n is >= 1 and <= 4 => (new DateOnly(year, ((n - 1) * 3) + 1, 1), DatePrecision.Quarter),
                'H' when n is 1 or 2 => (new DateOnly(year, n == 1 ? 1 : 7, 1), DatePrecision.HalfYear),
                '\0' => (new DateOnly(year, 1, 1), DatePrecision.Year),
                _ => null,
            };
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^(?<name>.+?)\s*\(\s*(?<role>[^,()]+?)\s*(,\s*(?<verification>[^,()]+?)\s*)?\)$")]
    private static partial Regex ParticipantPattern();

    [GeneratedRegex(@"^(?:(?<kind>[QqHh])(?<n>\d)\s+)?(?<year>\d{4})$")]
    private static partial Regex PeriodPattern();
}
