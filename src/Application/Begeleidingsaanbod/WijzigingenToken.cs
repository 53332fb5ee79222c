using System.Buffers.Text;
using System.Text.Json;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// The change feed's state token: the highest change number the client has seen, the selection it follows, and
/// the day it was handed out (for the retention window; a day, not a time, so a page's ETag holds all day).
/// Opaque to clients; tampering only ever harms the client's own copy, and a token that does not parse is refused.
/// </summary>
internal sealed record WijzigingenToken(long Vanaf, DateOnly UitgegevenOp, AanbiederSelectie Selectie)
{
    public string Maak() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Inhoud(
        Vanaf,
        UitgegevenOp.DayNumber,
        Selectie.Expertise?.Waarde,
        Selectie.Werkgebied,
        (int?)Selectie.Cluster,
        Selectie.Naam)));

    public static WijzigingenToken? Lees(string? tekst)
    {
        if (tekst is null || tekst.Length > 600 || !Base64Url.IsValid(tekst))
        {
            return null;
        }

        try
        {
            if (JsonSerializer.Deserialize<Inhoud>(Base64Url.DecodeFromChars(tekst)) is not { V: >= 0, D: >= 0 and <= 3_652_058 } inhoud)
            {
                return null;
            }

            var expertise = inhoud.E is null ? null : ExpertiseCode.Parse(inhoud.E);
            var selectie = new AanbiederSelectie(expertise?.IsGelukt == true ? expertise.Waarde : null, inhoud.W, (Cluster?)inhoud.C, inhoud.N);
            var geldig = (expertise is null || expertise.IsGelukt)
                && (inhoud.C is null || Enum.IsDefined(typeof(Cluster), inhoud.C.Value))
                && (inhoud.W is null || AanbiederZoekregels.IsWerkgebied(inhoud.W))
                && (inhoud.N is null || inhoud.N.Length <= AanbiederZoekregels.MaximaleLengteNaam);
            return geldig ? new WijzigingenToken(inhoud.V, DateOnly.FromDayNumber(inhoud.D), selectie) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Inhoud(long V, int D, string? E, string? W, int? C, string? N);
}
