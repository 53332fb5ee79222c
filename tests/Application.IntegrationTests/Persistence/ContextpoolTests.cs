using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Application.IntegrationTests.Persistence;

/// <summary>
/// Requests take their context from a pool. A context keeps its caller only while it is lent out: back in the pool
/// it forgets the caller, so one taken again without a caller sees no samenwerkingsverband's data, never the last
/// caller's.
/// </summary>
public class ContextpoolTests : IntegratieTest
{
    [Test]
    public async Task A_context_back_from_the_pool_no_longer_sees_the_tenant_of_its_last_caller()
    {
        await using (var scope = TestOmgeving.Services.CreateAsyncScope())
        {
            // The counter's consumer; the notifications' consumer of the same events reads no tenant data through the filters.
            await scope.ServiceProvider.GetServices<IDomainEventConsumer<ArrangementGebeurtenis>>().OfType<Application.Arrangementen.Tellingen.ArrangementTellingBijwerker>().ShouldHaveSingleItem().ConsumeAsync(
                new ArrangementAangevraagd(Guid.CreateVersion7(), SwvCode.Parse("PO2705").Waarde, ArrangementStatus.Aangevraagd, VasteKlok.Standaard),
                CancellationToken.None);
        }

        // A pool of one, so the second context is certainly the first one again.
        var pool = new PooledDbContextFactory<PassendOnderwijsDbContext>(
            TestOmgeving.Services.GetRequiredService<DbContextOptions<PassendOnderwijsDbContext>>(), poolSize: 1);
        var medewerker = new TestAanroeper
        {
            Soort = SoortAanroeper.Gebruiker,
            Id = Guid.NewGuid().ToString(),
            Samenwerkingsverband = "PO2705",
            Rollen = [Rol.SwvMedewerker.Code()],
        };

        var eerste = pool.CreateDbContext().VoorAanroeper(medewerker, TimeProvider.System);
        await using (eerste)
        {
            (await eerste.ArrangementTellingen.CountAsync()).ShouldBe(1, "the caller sees its own samenwerkingsverband");
        }

        await using var tweede = pool.CreateDbContext();
        tweede.ShouldBeSameAs(eerste);
        (await tweede.ArrangementTellingen.CountAsync()).ShouldBe(0);
        (await tweede.ArrangementTellingen.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task Disposing_a_lent_context_does_not_give_it_back_only_the_end_of_its_loan_does()
    {
        // A scope disposes the context once for each registration that returned it (the context, IApplicationDbContext);
        // given back on the first, another request could take it while the second is still to come.
        var pool = new PooledDbContextFactory<PassendOnderwijsDbContext>(
            TestOmgeving.Services.GetRequiredService<DbContextOptions<PassendOnderwijsDbContext>>(), poolSize: 1);
        var lening = new ContextLening(pool);
        var geleend = lening.Context;
        await geleend.DisposeAsync();
        geleend.Dispose();

        await using var ander = pool.CreateDbContext();
        ander.ShouldNotBeSameAs(geleend, "still on loan");

        (await geleend.ArrangementTellingen.IgnoreQueryFilters().CountAsync()).ShouldBe(0, "still usable by its scope");
        await lening.DisposeAsync();
        await lening.DisposeAsync();

        await using var weer = pool.CreateDbContext();
        weer.ShouldBeSameAs(geleend, "back in the pool once the loan ended");
        (await weer.ArrangementTellingen.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }
}
