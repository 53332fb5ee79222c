using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

/// <summary>The samenwerkingsverband as a document of a TLV names it, on the day the document is about.</summary>
/// <param name="Postadres">Where a bezwaarschrift is sent, its lines separated by line breaks; null while not set.</param>
/// <param name="ProcedureEnCriteria">The SWV's own procedure and criteria for toelaatbaarheid; null while not recorded.</param>
internal sealed record SwvOpDocument(string Naam, string? Postadres, string? ProcedureEnCriteria);

/// <summary>What the documents of a TLV (the beschikking, the LBT dossier) share: the SWV's name and policy of the day, and labels.</summary>
internal static class TlvDocumenten
{
    /// <summary>The name, address and procedure the SWV set for its documents, in force on <paramref name="datum"/>; else its registered name.</summary>
    public static async Task<SwvOpDocument> SwvOpAsync(this IApplicationDbContext db, SwvCode samenwerkingsverband, DateOnly datum, CancellationToken ct)
    {
        var beleid = await db.BeleidOpAsync(samenwerkingsverband, datum, ct).ConfigureAwait(false);
        var naam = beleid.Naam ?? await db.Samenwerkingsverbanden.AsNoTracking().Select(s => s.Naam).FirstAsync(ct).ConfigureAwait(false);
        var postadres = beleid.Adres is { } adres ? $"{adres.Straat}\n{adres.Postcode} {adres.Plaats}" : null;
        return new SwvOpDocument(naam, postadres, beleid.ProcedureEnCriteria);
    }

    /// <summary>"Categorie laag"; null where a category does not apply (SBO, PrO) or was not given.</summary>
    public static string? Categorie(Bekostigingscategorie? categorie) =>
        categorie is { } c && c != Bekostigingscategorie.NietVanToepassing ? $"Categorie {BekostigingscategorieCodes.Lijst.LabelInZin(c)}" : null;
}
