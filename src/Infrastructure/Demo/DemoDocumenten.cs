using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Application.Documenten;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Documenten;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Documenten;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// One document in Sanne de Vries's dossier, uploaded by the demo IB'er and not shared: something the school can share
/// with Karin de Vries in the portal (and stop sharing) without uploading first. A real PDF with a few lines of text,
/// made by the product's own PDF layout, so it opens in any viewer. Loaded once: a document of that name is left as it is.
/// </summary>
internal static class DemoDocumenten
{
    public const string Verslag = "Verslag leerlingbespreking Sanne de Vries.pdf";

    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swv = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        var sanne = await db.Leerlingen.IgnoreQueryFilters()
            .FirstOrDefaultAsync(l => l.Samenwerkingsverband == swv && l.Voornaam == "Sanne" && l.Achternaam == "de Vries", ct).ConfigureAwait(false);
        if (sanne is null
            || await db.Documenten.IgnoreQueryFilters().AnyAsync(d => d.LeerlingId == sanne.Id && d.Bestandsnaam == Verslag, ct).ConfigureAwait(false))
        {
            return;
        }

        var ib = (await db.Gebruikers.IgnoreQueryFilters().Where(g => g.Samenwerkingsverband == swv && g.Rol == Rol.SchoolMedewerker)
            .ToListAsync(ct).ConfigureAwait(false)).Find(g => g.Email.Waarde == DemoGegevens.IbEmail);
        if (ib is null)
        {
            return;
        }

        var nu = services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-7);
        var inhoud = PdfDocumentOpmaak.MaakPdf(
            new DocumentTekst("Basisschool De Regenboog", "Verslag van de leerlingbespreking",
            [
                new Gegevens([new Gegeven("Leerling", "Sanne de Vries"), new Gegeven("Groep", "5")]),
                new Alinea("Sanne leest met plezier, maar het tempo blijft achter. We spraken af dat zij twee keer per week extra " +
                    "leesinstructie krijgt in een klein groepje. Over zes weken kijken we samen met de ouders hoe het gaat."),
            ], "Leerlingbespreking Sanne de Vries"),
            new Pdfbeschrijving("Verslag van de leerlingbespreking", "Basisschool De Regenboog", DateOnly.FromDateTime(nu.UtcDateTime), "demo/verslag-sanne"));
        if (!Document.Ontvang(swv, sanne.Id, Verslag, inhoud, Documentherkomst.Upload, null, new Actor(ib.Id.Waarde.ToString(), ib.Naam), nu)
            .Lukt(out var document))
        {
            return;
        }

        db.Documenten.Add(document);
        await services.GetRequiredService<IDocumentOpslag>().BewaarAsync(document.Id, inhoud, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
