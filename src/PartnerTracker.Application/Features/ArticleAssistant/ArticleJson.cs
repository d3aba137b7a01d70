using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>How proposals are written as JSON (the extract verb): camel case, enums by name, quotes as typed.</summary>
public static class ArticleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // The output is read by scripts, not embedded in HTML: curly quotes and ₩ stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ArticleProposals proposals) => JsonSerializer.Serialize(proposals, Options);
}
