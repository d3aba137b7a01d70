namespace PartnerTracker.Web.Components.Shared;

/// <summary>MudDatePicker speaks DateTime; the domain speaks DateOnly.</summary>
public static class Dates
{
    public static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? ToDateOnly(DateTime? date) => date is null ? null : DateOnly.FromDateTime(date.Value);
}
