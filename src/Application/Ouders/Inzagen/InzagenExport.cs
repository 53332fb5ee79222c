using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Application.Ouders.Queries.GeefInzagen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Ouders.Inzagen;

/// <summary>
/// The whole "wie heeft de gegevens van mijn kind bekeken" of one child as a file for the ouder (for instance for an
/// AVG inzageverzoek): the same records and words as the portal's pages, newest first. The rows are read while the
/// file streams out, a batch at a time, so a long log keeps memory flat and needs no maximum.
/// </summary>
/// <param name="Kind">The child's full name.</param>
/// <param name="GemaaktOp">When the file was made (the clock).</param>
public sealed record InzagenExportDto(string Kind, DateTimeOffset GemaaktOp, IAsyncEnumerable<InzageExportRegel> Inzagen);

/// <summary>The same for the PDF, whose layout needs every row at hand (it counts the pages before it numbers them).</summary>
public sealed record InzagenOverzicht(string Kind, DateTimeOffset GemaaktOp, IReadOnlyList<InzageExportRegel> Inzagen) : IPdfDocument
{
    public DocumentTekst Tekst() => InzagenTekstOpsteller.Stel(this);

    /// <summary>Dated on the day it is made.</summary>
    public Pdfbeschrijving Beschrijving()
    {
        var dag = NederlandseDatum.Van(GemaaktOp);
        return new(InzagenTekstOpsteller.Titel(Kind), InzagenTekstOpsteller.Afzender, dag, $"inzagen/{Kind}/{dag:yyyy-MM-dd}");
    }
}

/// <summary>One use of the child's data in a file: what happened in words ("Bekeken"), not the API's code.</summary>
public sealed record InzageExportRegel(DateTimeOffset Op, string Wat, string Gegevens, string Wie, string? Organisatie, string Waarom);

internal static class InzagenExport
{
    private const int Batch = 500;

    /// <summary>
    /// The most rows a PDF holds: some 250 pages, more than anyone prints. A longer log is refused before any work,
    /// with the advice to take the CSV, which has no maximum.
    /// </summary>
    public const int MaximumPdfRegels = 5_000;

    /// <summary>The purpose recorded when the ouder takes the log as a file.</summary>
    public const string Doel = "Inzage door de ouder of verzorger in wie de gegevens van het eigen kind gebruikte, als bestand (AVG art. 15)";

    public static Fout TeLangVoorPdf { get; } = Fout.Ongeldig("te-lang-voor-pdf",
        $"Deze lijst heeft meer dan {MaximumPdfRegels} regels. Dat is te lang voor een PDF. Download de lijst als CSV-bestand.");

    /// <summary>The child's full name; null when it is not the ouder's own child (the visibility filter).</summary>
    public static async Task<string?> KindAsync(IApplicationDbContext db, Guid leerlingId, CancellationToken ct)
    {
        var kind = await db.Leerlingen.AsNoTracking().Where(l => l.Id == leerlingId)
            .Select(l => new { l.Voornaam, l.Achternaam }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return kind is null ? null : Leerling.VolledigeNaam(kind.Voornaam, kind.Achternaam);
    }

    /// <summary>Every record about the child, newest first, read and told a batch at a time (keyset on the id, as the pages).</summary>
    public static async IAsyncEnumerable<InzageExportRegel> RegelsAsync(
        IApplicationDbContext db, string? aanroeper, Guid leerlingId, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var vertaler = new InzageVertaler(db, aanroeper);
        Guid? na = null;
        while (true)
        {
            var regels = db.AuditRegels.AsNoTracking().Where(r => r.LeerlingId == leerlingId);
            if (na is { } vorige)
            {
                regels = regels.Where(r => r.Id.CompareTo(vorige) < 0);
            }

            var batch = await regels.OrderByDescending(r => r.Id).Take(Batch).ToListAsync(ct).ConfigureAwait(false);
            foreach (var inzage in await vertaler.VertaalAsync(batch, ct).ConfigureAwait(false))
            {
                yield return new InzageExportRegel(inzage.Op, Wat(inzage.Actie), inzage.Gegevens, inzage.Wie, inzage.Organisatie, inzage.Doel);
            }

            if (batch.Count < Batch)
            {
                yield break;
            }

            na = batch[^1].Id;
        }
    }

    /// <summary>The words of the portal (KindInzagen.tsx): what happened, for a reader who does not know the codes.</summary>
    public static string Wat(string actie) => actie switch
    {
        "lezen" => "Bekeken",
        "aanmaken" => "Toegevoegd",
        "wijzigen" => "Gewijzigd",
        "verwijderen" => "Verwijderd",
        "exporteren" => "In een bestand gezet",
        "weigeren" => "Geweigerd",
        _ => "Gebruikt",
    };
}
