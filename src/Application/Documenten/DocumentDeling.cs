using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Documenten;

namespace PassendOnderwijs.Application.Documenten;

/// <summary>Sharing a document with the ouders and stopping it: the same steps around the document's own rule.</summary>
internal static class DocumentDeling
{
    public static async Task<Result<DocumentDto>> WijzigAsync(
        IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, Guid documentId,
        Func<Document, Actor, DateTimeOffset, Result<Document>> wijziging, CancellationToken ct)
    {
        // The visibility filter keeps this to documents of the school's own pupils.
        var document = await db.Documenten.FirstOrDefaultAsync(d => d.Id == documentId, ct).ConfigureAwait(false);
        if (document is null)
        {
            return DocumentFouten.Onbekend(documentId);
        }

        var gewijzigd = wijziging(document, aanroeper.AlsActor(), klok.GetUtcNow());
        if (!gewijzigd.Lukt(out _))
        {
            return Result<DocumentDto>.Mislukt(gewijzigd.Fouten);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return DocumentDto.Van(document);
    }
}
