using PassendOnderwijs.Application.Common.Zaken;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Documenten;

namespace PassendOnderwijs.Application.Documenten.Commands.OntvangDocument;

/// <summary>
/// An uploaded file as it came in: the name the sender gave (Content-Disposition), the bytes (at most
/// <see cref="Document.MaxBytes"/>, read where the request enters) and the case it should belong to.
/// </summary>
public sealed record Documentupload(string? Bestandsnaam, byte[] Inhoud, Zaakverwijzing? Zaak)
{
    /// <summary>Every problem with the upload at once, before anything is looked up: an empty or refused file, and the case parameters.</summary>
    public static Result<Documentupload> Lees(string? bestandsnaam, byte[] inhoud, Result<Zaakverwijzing?> zaak)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        ArgumentNullException.ThrowIfNull(zaak);
        Result<Documentsoort> soort = inhoud.Length > Document.MaxBytes ? Document.TeGroot : DocumentsoortCodes.Herken(inhoud, bestandsnaam);
        return Lezen.Samen(soort, zaak, (_, z) => new Documentupload(bestandsnaam, inhoud, z));
    }
}
