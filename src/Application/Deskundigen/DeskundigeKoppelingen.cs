using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Deskundigen;

/// <summary>
/// Turns the ids of a request into the schoolbestuur, school and account themselves, so the deskundige checks them.
/// The tenant filters hide another SWV's organisations and accounts: an id of those is unknown here, a 400 like any
/// other problem of the request, listed together with the deskundige's own.
/// </summary>
internal static class DeskundigeKoppelingen
{
    public static async Task<Result<Deskundigegegevens>> LeesAsync(
        this IApplicationDbContext db, Domain.Organisaties.SwvCode samenwerkingsverband, Deskundigeinvoer invoer, CancellationToken ct)
    {
        var fouten = new List<Fout>();
        Domain.Organisaties.Schoolbestuur? bestuur = null;
        if (invoer.SchoolbestuurId is { } bestuurId)
        {
            bestuur = await db.Schoolbesturen.FirstOrDefaultAsync(b => b.Id == bestuurId, ct).ConfigureAwait(false);
            if (bestuur is null)
            {
                fouten.Add(Fout.Ongeldig("onbekend-schoolbestuur", "Er is geen schoolbestuur met dit id in uw samenwerkingsverband.", "schoolbestuurId"));
            }
        }

        Domain.Organisaties.School? school = null;
        if (invoer.Vestiging is { } vestiging)
        {
            school = await db.Scholen.FirstOrDefaultAsync(s => s.Vestiging == vestiging, ct).ConfigureAwait(false);
            if (school is null)
            {
                fouten.Add(Fout.Ongeldig("onbekende-vestiging", $"Er is geen school met vestiging {vestiging} in uw samenwerkingsverband.", "vestiging"));
            }
        }

        Gebruiker? account = null;
        if (invoer.AccountId is { } accountId)
        {
            var id = new GebruikerId(accountId);
            account = await db.Gebruikers.FirstOrDefaultAsync(g => g.Id == id, ct).ConfigureAwait(false);
            if (account is null)
            {
                fouten.Add(Fout.Ongeldig("onbekend-account", "Er is geen account met dit id in uw samenwerkingsverband.", "accountId"));
            }
        }

        var gegevens = new Deskundigegegevens(
            invoer.Naam, invoer.Discipline, invoer.Beroepsregister, invoer.Registratienummer, invoer.Werkgever, bestuur, school, account);
        // The links that were found are checked with the rest, so an account of another role is reported with an unknown bestuur.
        fouten.AddRange(Deskundige.Controleer(samenwerkingsverband, gegevens));
        return fouten.Count > 0 ? Result<Deskundigegegevens>.Mislukt(fouten) : gegevens;
    }

    /// <summary>One account writes the advices of one deskundige; two entries on one account would mix up who advised.</summary>
    public static async Task<Fout?> ControleerAccountVrijAsync(this IApplicationDbContext db, Guid? accountId, Guid? zelf, CancellationToken ct) =>
        accountId is { } id && await db.Deskundigen.AnyAsync(d => d.AccountId == id && d.Id != zelf, ct).ConfigureAwait(false)
            ? Fout.Conflict("account-al-gekoppeld", "Dit account hoort al bij een andere deskundige in het register.")
            : null;
}
