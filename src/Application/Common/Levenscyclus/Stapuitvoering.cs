using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Levenscyclus;

/// <summary>What a step needs to know of the aggregate it changes: how the problems name it.</summary>
/// <param name="Onbekend">The problem when the caller cannot see it (also when it does not exist).</param>
/// <param name="Wat">How "someone else changed …" names it, e.g. "dit arrangement".</param>
internal sealed record Stapdoel(Fout Onbekend, string Wat);

/// <summary>
/// The shape of every step in a lifecycle: find the aggregate (within the caller's scope, which the store's filters
/// apply), check the version the caller based the step on, let the aggregate take the step, save, answer. The store
/// checks the version once more on save, for the race between two callers who read the same version.
/// </summary>
internal static class Stapuitvoering
{
    public static async Task<Result<TDto>> VoerStapUitAsync<TAggregaat, TDto>(
        this IQueryable<TAggregaat> bron,
        Func<CancellationToken, Task> bewaar,
        Guid id,
        long? verwachteVersie,
        Stapdoel doel,
        Func<TAggregaat, Task<Result<TAggregaat>>> stap,
        Func<TAggregaat, Task<TDto>> alsDto,
        CancellationToken cancellationToken)
        where TAggregaat : class, IAggregaatMetVersie
    {
        ArgumentNullException.ThrowIfNull(bewaar);
        ArgumentNullException.ThrowIfNull(doel);
        ArgumentNullException.ThrowIfNull(stap);
        ArgumentNullException.ThrowIfNull(alsDto);
        var aggregaat = await bron.FirstOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        if (aggregaat is null)
        {
            return doel.Onbekend;
        }

        if (Versiecontrole.Controleer(verwachteVersie, aggregaat.Versie, doel.Wat) is { } versiefout)
        {
            return versiefout;
        }

        var uitkomst = await stap(aggregaat).ConfigureAwait(false);
        if (!uitkomst.IsGelukt)
        {
            return Result<TDto>.Mislukt(uitkomst.Fouten);
        }

        await bewaar(cancellationToken).ConfigureAwait(false);
        return await alsDto(aggregaat).ConfigureAwait(false);
    }
}
