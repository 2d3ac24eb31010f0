using System.Text.Json;
using System.Text.Json.Serialization;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>The export as a file to keep: indented JSON with enums by name, machine-readable (GDPR Art. 20).</summary>
public static class PersonalDataFile
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Name(PersonalData data, string extension) =>
        $"lebenswelten-meine-daten-{data.CreatedAt:yyyy-MM-dd}.{extension}";

    public static byte[] JsonBytes(PersonalData data) => JsonSerializer.SerializeToUtf8Bytes(data, Json);
}
