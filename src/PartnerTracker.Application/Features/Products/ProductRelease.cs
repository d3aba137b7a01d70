using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Products;

/// <summary>A release as an analyst writes it: at its precision, and whether it is only planned ("H1 2025 (planned)").</summary>
public static class ProductRelease
{
    public static string Format(DateOnly? start, DatePrecision? precision, bool planned) =>
        (start, precision) switch
        {
            ({ } date, { } known) => PartialDate.Format(date, known) + (planned ? " (planned)" : ""),
            _ => planned ? "Planned, date unknown" : "—",
        };
}
