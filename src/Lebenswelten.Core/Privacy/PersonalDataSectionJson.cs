using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lebenswelten.Core.Privacy;

/// <summary>
/// Writes a section as what it is (its capability's record with all its rows), not as the bare base record: Privacy
/// does not know the capabilities' types, so no list of derived types can be declared here. The export is written,
/// never read back.
/// </summary>
public sealed class PersonalDataSectionJson : JsonConverter<PersonalDataSection>
{
    public override PersonalDataSection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A personal data export is written, not read.");

    public override void Write(Utf8JsonWriter writer, PersonalDataSection value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
