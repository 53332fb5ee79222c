using System.Text.Json;
using System.Text.Json.Serialization;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// The one rule for text in request bodies: every JSON string is read through this converter, which refuses a
/// control character (tab and newline excepted) before any use case sees it. The exception handler turns it into a
/// 400 that points at the field.
/// </summary>
internal sealed class StuurtekenWeigeraar : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var tekst = reader.GetString();
        return tekst is not null && Tekst.HeeftStuurteken(tekst) ? throw new StuurtekenException() : tekst;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}

/// <summary>A JSON string with a forbidden control character; System.Text.Json adds the field's path.</summary>
internal sealed class StuurtekenException() : JsonException(Tekst.StuurtekenMelding);
