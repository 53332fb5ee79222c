using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Infrastructure.Persistence.Configurations;

/// <summary>
/// Stores an aanbieder's contexts as one JSON array. Reading goes back through the domain's own factory, so a row
/// can never produce a context the domain would have refused.
/// </summary>
internal static class CommunicatiecontextenAlsJson
{
    public static readonly ValueConverter<IReadOnlyList<Communicatiecontext>, string> Converter = new(
        lijst => JsonSerializer.Serialize(lijst.Select(Rij.Van).ToList(), JsonSerializerOptions.Default),
        json => Lees(json));

    public static readonly ValueComparer<IReadOnlyList<Communicatiecontext>> Vergelijker = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        lijst => lijst.Aggregate(0, (hash, c) => HashCode.Combine(hash, c)),
        lijst => lijst.ToList());

    private static List<Communicatiecontext> Lees(string json) =>
        (JsonSerializer.Deserialize<List<Rij>>(json, JsonSerializerOptions.Default) ?? [])
            .Select(r => Communicatiecontext.Van(r.Context, r.Email, r.Telefoon, r.Web, r.Contactnaam, r.Adres, "communicatiecontexten").Waarde)
            .ToList();

    private sealed record Rij(string Context, string? Email, string? Telefoon, string? Web, string? Contactnaam, string? Adres)
    {
        public static Rij Van(Communicatiecontext c) => new(c.Context, c.Email, c.Telefoon, c.Web, c.Contactnaam, c.Adres);
    }
}
