using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitterWerkvoorraad;

/// <summary>A page of the register's werkvoorraad lines, read as every workflow reads them (<see cref="LevenscyclusWerkvoorraad"/>).</summary>
public sealed class GeefThuiszitterWerkvoorraadHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok, ISynctokens tokens)
    : IQueryHandler<GeefThuiszitterWerkvoorraadQuery, Result<ThuiszitterWerkvoorraadDto>>
{
    /// <summary>The columns a line shows; the pupil's name comes from a query of its own.</summary>
    private static readonly Expression<Func<Thuiszitter, string, DateOnly, Rij>> Projectie =
        (t, omschrijving, deadline) => new Rij(t.LeerlingId, t.Samenwerkingsverband, t.Vestiging, t.Soort, t.VerzuimSinds, omschrijving);

    public async ValueTask<Result<ThuiszitterWerkvoorraadDto>> Handle(GeefThuiszitterWerkvoorraadQuery query, CancellationToken cancellationToken)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        return await tokens.LeesWerkvoorraadAsync(
            query,
            (na, aantal) => ThuiszitterLevenscyclus.Tabel.LeesPaginaAsync(
                db.Thuiszitters.AsNoTracking(), aanroeper.PersoonlijkeRollen(), vandaag, t => t.Id, Projectie, na, aantal, cancellationToken),
            async (pagina, volgende) => new ThuiszitterWerkvoorraadDto(await ItemsAsync(pagina, vandaag, cancellationToken).ConfigureAwait(false), pagina.Totaal, volgende),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<ThuiszitterWerkvoorraadItemDto>> ItemsAsync(Werkvoorraadpagina<Rij> pagina, DateOnly vandaag, CancellationToken ct)
    {
        var leerlingen = pagina.Regels.Select(r => (r.Rij.LeerlingId, r.Rij.Samenwerkingsverband)).ToList();
        var namen = leerlingen.Count == 0 ? [] : await db.LeerlingNamenAsync(leerlingen, ct).ConfigureAwait(false);
        return [.. pagina.Regels.Select(r => new ThuiszitterWerkvoorraadItemDto(
            r.Id,
            r.Rij.LeerlingId,
            namen[r.Rij.LeerlingId].VolledigeNaam(),
            r.Rij.Vestiging.Waarde,
            VerzuimsoortCodes.Lijst.Code(r.Rij.Soort),
            r.Rij.VerzuimSinds,
            r.Actie,
            r.Voor.Code(),
            r.Rij.Omschrijving,
            r.Deadline,
            r.Deadline < vandaag))];
    }

    private sealed record Rij(Guid LeerlingId, SwvCode Samenwerkingsverband, VestigingCode Vestiging, Verzuimsoort Soort, DateOnly VerzuimSinds, string Omschrijving);
}
