using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Documenten;
using PassendOnderwijs.Application.Dossiers.Oso;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Documenten;
using PassendOnderwijs.Domain.Dossiers;

namespace PassendOnderwijs.Application.Dossiers.Commands.ImporteerDossier;

/// <summary>
/// Turns a dossier's attachments into documents of the pupil, through the same checks as an upload (type by its bytes,
/// size): a file that is not one of the accepted kinds is reported and left out, the rest of the dossier still comes in.
/// </summary>
internal static class Bijlagen
{
    public static async Task<IReadOnlyList<Verslagregel>> BewaarAsync(
        IApplicationDbContext db, IDocumentOpslag opslag, Dossierimport import, IReadOnlyList<OsoBijlage> bijlagen, Actor door, CancellationToken ct)
    {
        var verslag = new List<Verslagregel>();
        foreach (var bijlage in bijlagen)
        {
            var onderdeel = $"Document \"{bijlage.Bestandsnaam}\" ({bijlage.Onderdeel})";
            var inhoud = new byte[bijlage.Base64.Length * 3 / 4];
            if (!Convert.TryFromBase64String(bijlage.Base64, inhoud, out var lengte))
            {
                verslag.Add(new Verslagregel(Verslagsoort.Genegeerd, onderdeel, "Niet bewaard: de inhoud is geen geldige base64.", bijlage.Pad));
                continue;
            }

            var ontvangen = Document.Ontvang(import.Samenwerkingsverband, import.LeerlingId, bijlage.Bestandsnaam, inhoud.AsSpan(0, lengte), Documentherkomst.OsoImport, import.Id, door, import.Ontvangen);
            if (!ontvangen.Lukt(out var document))
            {
                verslag.Add(new Verslagregel(Verslagsoort.Genegeerd, onderdeel, $"Niet bewaard: {string.Join(" ", ontvangen.Fouten.Select(f => f.Melding))}", bijlage.Pad));
                continue;
            }

            db.Documenten.Add(document);
            await opslag.BewaarAsync(document.Id, inhoud.AsMemory(0, lengte), ct).ConfigureAwait(false);
            verslag.Add(new Verslagregel(Verslagsoort.Aangemaakt, onderdeel, "Bewaard bij de documenten van de leerling.", bijlage.Pad));
        }

        return verslag;
    }
}
