using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Infrastructure.Outbox;

/// <summary>
/// The domain events by the name stored in the outbox (their class name, unique in the domain), and how they are
/// written as JSON. Renaming an event class renames what is stored: keep old names readable when doing so.
/// </summary>
internal static class GebeurtenisSoorten
{
    private static readonly FrozenDictionary<string, Type> OpNaam = typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new SwvCodeJson() },
    };

    public static string Naam(IDomainEvent gebeurtenis) => gebeurtenis.GetType().Name;

    public static Type? Zoek(string naam) => OpNaam.GetValueOrDefault(naam);

    public static string Schrijf(IDomainEvent gebeurtenis) => JsonSerializer.Serialize(gebeurtenis, gebeurtenis.GetType(), Json);

    public static IDomainEvent Lees(Type soort, string json) =>
        (IDomainEvent?)JsonSerializer.Deserialize(json, soort, Json) ?? throw new JsonException("An outbox message without content.");

    /// <summary>The code as a plain string ("PO2705"), as everywhere else outside the domain.</summary>
    private sealed class SwvCodeJson : JsonConverter<SwvCode>
    {
        public override SwvCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            SwvCode.Parse(reader.GetString()) is { IsGelukt: true } code ? code.Waarde : throw new JsonException("Not a samenwerkingsverband code.");

        public override void Write(Utf8JsonWriter writer, SwvCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Waarde);
    }
}
