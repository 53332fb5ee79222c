using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters;

internal static class ThuiszitterAudit
{
    public const string Soort = "thuiszitter";
    public const string Doel = "Thuiszittersregister van het samenwerkingsverband (toezicht Inspectie: actueel beeld van de thuiszitters)";
}

internal static class ThuiszitterFouten
{
    /// <summary>Also for an entry the caller may not see (another school's).</summary>
    public static Fout Onbekend(Guid id) => Fout.NietGevonden("thuiszitter-onbekend", $"Er is geen registratie van een thuiszitter {id} die u mag zien.");
}

/// <summary>The command takes this step of the entry's lifecycle (<see cref="ThuiszitterLevenscyclus"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ThuiszitterStapToegangAttribute(ThuiszitterStap stap)
    : StapToegangAttribute<Thuiszitter, ThuiszitterStatus, ThuiszitterStap>(ThuiszitterLevenscyclus.Tabel, stap);

/// <summary>A step of an entry, taken in the shape every lifecycle step has (<see cref="Stapuitvoering"/>).</summary>
internal static class ThuiszitterWijziging
{
    public static async Task<Result<ThuiszitterDto>> VoerUitAsync(
        this IApplicationDbContext db,
        IHuidigeGebruiker aanroeper,
        TimeProvider klok,
        Guid id,
        long? verwachteVersie,
        Func<Thuiszitter, Task<Result<Thuiszitter>>> stap,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Thuiszitters.VoerStapUitAsync(
            db.SaveChangesAsync,
            id,
            verwachteVersie,
            new Stapdoel(ThuiszitterFouten.Onbekend(id), "deze registratie"),
            stap,
            t => db.AlsDtoAsync(t, aanroeper, klok, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The entry with its pupil (when the caller may see them) and the names of the schools it names.</summary>
    public static async Task<ThuiszitterDto> AlsDtoAsync(this IApplicationDbContext db, Thuiszitter t, IHuidigeGebruiker aanroeper, TimeProvider klok, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(t);
        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == t.LeerlingId, ct).ConfigureAwait(false);
        var school = await db.Scholen.AsNoTracking().Where(s => s.Vestiging == t.Vestiging).Select(s => s.Naam).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return ThuiszitterDto.Van(t, leerling, school, aanroeper, NederlandseTijd.Vandaag(klok));
    }
}
