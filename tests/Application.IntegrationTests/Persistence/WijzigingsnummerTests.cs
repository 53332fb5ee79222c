using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Application.IntegrationTests.Persistence;

/// <summary>
/// The change number's lock is per samenwerkingsverband: a write that holds it until commit makes another write of the
/// same samenwerkingsverband wait (so numbers follow commit order there, which the feeds rely on), and lets a write of
/// another samenwerkingsverband through at once. The waiting is seen by PostgreSQL's lock_timeout, not by a clock.
/// </summary>
public class WijzigingsnummerTests : IntegratieTest
{
    private Leerling _po = null!;
    private Leerling _poTweede = null!;
    private Leerling _vo = null!;

    [SetUp]
    public async Task RegistreerLeerlingenAsync()
    {
        var db = Scope.GetRequiredService<PassendOnderwijsDbContext>();
        var po = Samenwerkingsverband.Registreer("PO2705", "Passend Primair").Waarde;
        var vo = Samenwerkingsverband.Registreer("VO2705", "Passend Voortgezet").Waarde;
        var poBestuur = Schoolbestuur.Registreer(po.Code, "41234", "Stichting Primair").Waarde;
        var voBestuur = Schoolbestuur.Registreer(vo.Code, "41234", "Stichting Primair").Waarde;
        var poSchool = School.Registreer(po, poBestuur, VestigingCode.Parse("12AB00").Waarde, "De Regenboog", SoortSchool.Bao, null, null, alGeregistreerdIn: []).Waarde;
        var voSchool = School.Registreer(vo, voBestuur, VestigingCode.Parse("78GH00").Waarde, "Het College", SoortSchool.Vo, null, null, alGeregistreerdIn: []).Waarde;
        var vandaag = new DateOnly(2026, 11, 24);
        _po = Leerling.Registreer(poSchool, "Sam", "Jansen", new DateOnly(2018, 3, 1), "3", vandaag).Waarde;
        _poTweede = Leerling.Registreer(poSchool, "Mila", "Bos", new DateOnly(2018, 5, 1), "3", vandaag).Waarde;
        _vo = Leerling.Registreer(voSchool, "Finn", "de Wit", new DateOnly(2012, 3, 1), "1B", vandaag).Waarde;
        db.AddRange(po, vo, poBestuur, voBestuur, poSchool, voSchool, _po, _poTweede, _vo);
        await db.SaveChangesAsync();
    }

    [Test]
    public async Task A_write_waits_for_an_open_write_of_its_own_samenwerkingsverband_and_not_for_another()
    {
        await using var open = await VerbindAsync();
        await using var transactie = await open.BeginTransactionAsync();
        await RaakAanAsync(open, _po.Id, lockTimeout: null);

        // Another samenwerkingsverband: through without waiting (a wait would hit the timeout and throw).
        await using (var ander = await VerbindAsync())
        {
            var nummer = await RaakAanAsync(ander, _vo.Id, lockTimeout: "30s");
            nummer.ShouldBeGreaterThan(0);
        }

        // The same samenwerkingsverband, another pupil: it waits for the open write, here until its timeout.
        await using (var zelfde = await VerbindAsync())
        {
            var fout = await Should.ThrowAsync<PostgresException>(() => RaakAanAsync(zelfde, _poTweede.Id, lockTimeout: "200ms"));
            fout.SqlState.ShouldBe(PostgresErrorCodes.LockNotAvailable);
        }

        await transactie.RollbackAsync();
    }

    private static async Task<NpgsqlConnection> VerbindAsync()
    {
        var verbinding = new NpgsqlConnection(TestOmgeving.Database.Verbinding);
        await verbinding.OpenAsync();
        return verbinding;
    }

    /// <summary>Updates the pupil (the trigger numbers it again) and returns its new change number.</summary>
    private static async Task<long> RaakAanAsync(NpgsqlConnection verbinding, Guid leerling, string? lockTimeout)
    {
        if (lockTimeout is not null)
        {
            await using var instelling = new NpgsqlCommand($"SET lock_timeout = '{lockTimeout}'", verbinding);
            await instelling.ExecuteNonQueryAsync();
        }

        await using var opdracht = new NpgsqlCommand("UPDATE leerling SET groep = groep WHERE id = @id RETURNING versie", verbinding);
        opdracht.Parameters.AddWithValue("id", leerling);
        return (long)(await opdracht.ExecuteScalarAsync())!;
    }
}
