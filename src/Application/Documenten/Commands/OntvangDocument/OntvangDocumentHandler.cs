using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Zaken;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Documenten;

namespace PassendOnderwijs.Application.Documenten.Commands.OntvangDocument;

public sealed class OntvangDocumentHandler(IApplicationDbContext db, IDocumentOpslag opslag, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<OntvangDocumentCommand, Documentupload, DocumentDto>
{
    protected override async ValueTask<Result<DocumentDto>> Handle(OntvangDocumentCommand command, Documentupload invoer, CancellationToken cancellationToken)
    {
        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == command.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        var ontvangen = Document.Ontvang(
            leerling.Samenwerkingsverband, leerling.Id, invoer.Bestandsnaam, invoer.Inhoud, Documentherkomst.Upload, dossierimportId: null,
            aanroeper.AlsActor(), klok.GetUtcNow());
        if (!ontvangen.Lukt(out var document))
        {
            return Result<DocumentDto>.Mislukt(ontvangen.Fouten);
        }

        if (invoer.Zaak is { } zaak)
        {
            var gekoppeld = await KoppelAsync(document, zaak, cancellationToken).ConfigureAwait(false);
            if (!gekoppeld.IsGelukt)
            {
                return Result<DocumentDto>.Mislukt(gekoppeld.Fouten);
            }
        }

        // The record and its bytes are saved together below, or neither is.
        db.Documenten.Add(document);
        await opslag.BewaarAsync(document.Id, invoer.Inhoud, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return DocumentDto.Van(document);
    }

    /// <summary>The case must be one the caller can see (its own filter decides) and of this same pupil.</summary>
    private async Task<Result<Document>> KoppelAsync(Document document, Zaakverwijzing zaak, CancellationToken ct)
    {
        var leerlingVanZaak = await db.LeerlingVanAsync(zaak, ct).ConfigureAwait(false);
        if (leerlingVanZaak is not { } leerling)
        {
            var naam = ZaaksoortCodes.Lijst.Label(zaak.Soort);
            return Fout.RegelGeschonden("zaak-onbekend", $"Er is geen {naam} {zaak.Id} dat u mag zien; kies een {naam} van deze leerling.", Document.ZaakVeld(zaak.Soort));
        }

        return document.KoppelAan(zaak.Soort, zaak.Id, leerling);
    }
}
