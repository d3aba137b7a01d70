using AutoMapper;

namespace PartnerTracker.Application.Tests;

/// <summary>The app's AutoMapper configuration, built the way the app builds it (every profile in the Application assembly).</summary>
internal static class AppMapping
{
    public static MapperConfiguration Configuration { get; } =
        new(cfg => cfg.AddMaps(typeof(ServiceCollectionExtensions).Assembly));

    public static IMapper Mapper { get; } = Configuration.CreateMapper();
}
