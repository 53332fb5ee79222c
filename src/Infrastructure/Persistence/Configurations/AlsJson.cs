using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// Stores a value that is only ever read whole (a history, a list of evaluations, a decision) as one JSON document.
/// The values are plain records the aggregate created, so they read back as they were written; enums are stored by
/// name so that reordering a C# enum never changes stored data.
/// </summary>
internal static class AlsJson<T>
    where T : class
{
    private static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static readonly ValueConverter<T, string> Converter = new(
        waarde => JsonSerializer.Serialize(waarde, Opties),
        json => JsonSerializer.Deserialize<T>(json, Opties)!);

    /// <summary>Compares by content, so EF sees a change when the aggregate replaced the value with an equal copy or edited it.</summary>
    public static readonly ValueComparer<T> Vergelijker = new(
        (a, b) => JsonSerializer.Serialize(a, Opties) == JsonSerializer.Serialize(b, Opties),
        waarde => JsonSerializer.Serialize(waarde, Opties).GetHashCode(StringComparison.Ordinal),
        waarde => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(waarde, Opties), Opties)!);
}
