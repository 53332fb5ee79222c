using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Audit;

/// <summary>A request for a page of an audit log (a samenwerkingsverband's or the platform's): newest first, by cursor.</summary>
public interface IAuditPaginaVraag
{
    string? Actor { get; }

    string? Cursor { get; }

    int? PageSize { get; }
}

/// <summary>Reads one page of the records a log's query selects; the next page's cursor when there is more.</summary>
internal static class AuditPagina
{
    public const int StandaardPageSize = 50;

    public const int MaximalePageSize = 100;

    public static async Task<Result<AuditRegelPaginaDto>> LeesAsync(
        this IQueryable<AuditRegel> regels, IAuditPaginaVraag vraag, ISynctokens tokens, CancellationToken ct)
    {
        var gelezen = await regels.LeesRegelsAsync(vraag, tokens, ct).ConfigureAwait(false);
        return gelezen.Lukt(out var pagina)
            ? new AuditRegelPaginaDto([.. pagina.Regels.Select(AuditRegelDto.Van)], pagina.VolgendeCursor)
            : Result<AuditRegelPaginaDto>.Mislukt(gelezen.Fouten);
    }

    /// <summary>The records of one page, newest first, for whichever view of them a log shows.</summary>
    public static async Task<Result<(IReadOnlyList<AuditRegel> Regels, string? VolgendeCursor)>> LeesRegelsAsync(
        this IQueryable<AuditRegel> regels, IAuditPaginaVraag vraag, ISynctokens tokens, CancellationToken ct)
    {
        var grootte = vraag.PageSize ?? StandaardPageSize;
        if (vraag.Cursor is not null)
        {
            if (await tokens.LeesAsync<AuditCursor>(vraag.Cursor, ct).ConfigureAwait(false) is not { } cursor)
            {
                return SynctokenFouten.Cursor();
            }

            regels = regels.Where(r => r.Id.CompareTo(cursor.Na) < 0);
        }

        // One more than asked tells whether there is a next page without counting.
        var gevonden = await regels.AsNoTracking().OrderByDescending(r => r.Id).Take(grootte + 1).ToListAsync(ct).ConfigureAwait(false);
        var pagina = gevonden.Take(grootte).ToList();
        var volgende = gevonden.Count > grootte ? await tokens.MaakAsync(new AuditCursor(pagina[^1].Id), ct).ConfigureAwait(false) : null;
        return (pagina, volgende);
    }
}

/// <summary>The rules of a page request, the same for every audit log.</summary>
public abstract class AuditPaginaValidator<T> : AbstractValidator<T>
    where T : IAuditPaginaVraag
{
    protected AuditPaginaValidator()
    {
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(AuditPagina.MaximalePageSize);
        RuleFor(q => q.Actor).MaximumLength(AuditRegel.MaximaleLengteTekst)
            .WithErrorCode("ongeldige-actor").WithMessage("Deze actor bestaat niet.");
    }
}
