using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Three deskundigen in the demo SWV's register: an orthopedagoog (NVO) of an independent practice who advises under
/// the demo account deskundige@…, a psycholoog (NIP) who advises under deskundige2@…, and a maatschappelijk werker
/// employed by a demo schoolbestuur (so the TLV refuses them for that bestuur's pupils). Loaded apart from the
/// organisations, once, so a database that has the demo SWV from before the register existed gets them too; a register
/// from before the second account gets the psycholoog linked to it. All names are invented.
/// </summary>
internal static class DemoDeskundigen
{
    private const string Orthopedagoog = "deskundige@demo.passendonderwijs.nl";
    private const string Psycholoog = "deskundige2@demo.passendonderwijs.nl";

    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        if (!await db.Samenwerkingsverbanden.IgnoreQueryFilters().AnyAsync(s => s.Id == swvCode, ct).ConfigureAwait(false))
        {
            return;
        }

        var accounts = await db.Gebruikers.IgnoreQueryFilters()
            .Where(g => g.Samenwerkingsverband == swvCode && g.Rol == Rol.Deskundige).ToListAsync(ct).ConfigureAwait(false);
        Gebruiker? Account(string email) => accounts.Find(g => g.Email.Waarde == email);
        var register = await db.Deskundigen.IgnoreQueryFilters().Where(d => d.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        var petra = Petra(Account(Psycholoog));
        if (register.Count > 0)
        {
            if (register.Find(d => d.Naam == petra.Naam && d.AccountId is null) is { } zonderAccount && petra.Account is not null)
            {
                zonderAccount.Wijzig(petra);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }

            return;
        }

        var bestuur = await db.Schoolbesturen.IgnoreQueryFilters()
            .FirstOrDefaultAsync(b => b.Samenwerkingsverband == swvCode && b.Nummer == "41234", ct).ConfigureAwait(false);
        db.Deskundigen.AddRange(
            Deskundige.Registreer(swvCode, new Deskundigegegevens(
                "Dirk Deskundige", Discipline.Orthopedagoog, Beroepsregister.Nvo, "123456", "Praktijk De Linde", null, null, Account(Orthopedagoog))).Waarde,
            Deskundige.Registreer(swvCode, petra).Waarde,
            Deskundige.Registreer(swvCode, new Deskundigegegevens(
                "Mehmet Yilmaz", Discipline.MaatschappelijkWerker, Beroepsregister.Skj, "110012345", bestuur?.Naam ?? "Stichting Demo Primair Onderwijs",
                bestuur, null, null)).Waarde);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private static Deskundigegegevens Petra(Gebruiker? account) =>
        new("Petra Peters", Discipline.Psycholoog, Beroepsregister.Nip, "654321", "Psychologenpraktijk Het Anker", null, null, account);
}
