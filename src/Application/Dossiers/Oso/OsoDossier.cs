using PassendOnderwijs.Domain.Dossiers;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// A valid OSO dossier, read into what the product keeps: the pupil as the LAS knows them, the content the import
/// stores, the attachments to turn into documents, and the report lines about what was left out and why.
/// </summary>
public sealed record OsoDossier(
    OsoLeerling Leerling,
    Dossierinhoud Inhoud,
    IReadOnlyList<OsoBijlage> Bijlagen,
    IReadOnlyList<Verslagregel> Verslag);

/// <summary>The pupil as the dossier names them; <paramref name="LasSleutel"/> is the LAS's own key (<c>leerlingid</c>).</summary>
/// <param name="Postcodegebied">Only the four digits of the pupil's postcode (data minimisation): the matching needs no more.</param>
public sealed record OsoLeerling(string? LasSleutel, string Voornaam, string Achternaam, DateOnly Geboortedatum, string? Groep, string? Postcodegebied = null);

/// <summary>One attached document (<c>document</c>: bestandsnaam, omschrijving, base64 bestandsinhoud) and the part of the dossier it belongs to.</summary>
public sealed record OsoBijlage(string Bestandsnaam, string? Omschrijving, string Onderdeel, string Base64, string Pad);
