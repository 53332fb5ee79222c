using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Three deskundigen in the demo SWV's register: an orthopedagoog (NVO) of an independent practice who advises under
/// the demo account deskundige@…, a psycholoog (NIP), and a maatschappelijk werker employed by a demo schoolbestuur
/// (so the TLV refuses them for that bestuur's pupils). Loaded apart from the organisations, once, so a database that
/// has the demo SWV from before the register existed gets them too. All names are invented.
/// </summary>
internal static class DemoDeskundigen
{
    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        if (await db.Deskundigen.IgnoreQueryFilters().AnyAsync(d => d.Samenwerkingsverband == swvCode, ct).ConfigureAwait(false)
            || !await db.Samenwerkingsverbanden.IgnoreQueryFilters().AnyAsync(s => s.Id == swvCode, ct).ConfigureAwait(false))
        {
            return;
        }

        var account = await db.Gebruikers.IgnoreQueryFilters()
            .FirstOrDefaultAsync(g => g.Samenwerkingsverband == swvCode && g.Rol == Rol.Deskundige, ct).ConfigureAwait(false);
        var bestuur = await db.Schoolbesturen.IgnoreQueryFilters()
            .FirstOrDefaultAsync(b => b.Samenwerkingsverband == swvCode && b.Nummer == "41234", ct).ConfigureAwait(false);

        db.Deskundigen.AddRange(
            Deskundige.Registreer(swvCode, new Deskundigegegevens(
                "Dirk Deskundige", Discipline.Orthopedagoog, Beroepsregister.Nvo, "123456", "Praktijk De Linde", null, null, account)).Waarde,
            Deskundige.Registreer(swvCode, new Deskundigegegevens(
                "Petra Peters", Discipline.Psycholoog, Beroepsregister.Nip, "654321", "Psychologenpraktijk Het Anker", null, null, null)).Waarde,
            Deskundige.Registreer(swvCode, new Deskundigegegevens(
                "Mehmet Yilmaz", Discipline.MaatschappelijkWerker, Beroepsregister.Skj, "110012345", bestuur?.Naam ?? "Stichting Demo Primair Onderwijs",
                bestuur, null, null)).Waarde);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
