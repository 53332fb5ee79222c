using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Behaviours;
using PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;
using PassendOnderwijs.Application.Expertises.Queries.GeefExpertises;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Application.IntegrationTests.Behaviours;

/// <summary>The transaction around a command, against real PostgreSQL: all of it is stored, or none of it.</summary>
public class TransactieBehaviourTests : IntegratieTest
{
    private static readonly PubliceerExpertiseWaardelijstCommand Command = new(new Waardelijstinvoer(Schooljaar.Van(2026), "RIO", []));

    [Test]
    public async Task A_command_that_ends_in_a_failure_rolls_back_what_it_already_saved()
    {
        var uitkomst = await Behaviour<PubliceerExpertiseWaardelijstCommand, Result<int>>().Handle(
            Command,
            async (_, ct) =>
            {
                await SlaWaardelijstOpAsync(ct);
                return Fout.RegelGeschonden("test", "Een regel na het opslaan geschonden.");
            },
            CancellationToken.None);

        uitkomst.IsGelukt.ShouldBeFalse();
        (await LeesAsync(db => db.ExpertiseWaardelijsten.AnyAsync())).ShouldBeFalse();
    }

    [Test]
    public async Task A_command_that_throws_rolls_back_and_the_exception_surfaces()
    {
        await Should.ThrowAsync<InvalidOperationException>(async () => await Behaviour<PubliceerExpertiseWaardelijstCommand, Result<int>>().Handle(
            Command,
            async (_, ct) =>
            {
                await SlaWaardelijstOpAsync(ct);
                throw new InvalidOperationException("bug");
            },
            CancellationToken.None));

        (await LeesAsync(db => db.ExpertiseWaardelijsten.AnyAsync())).ShouldBeFalse();
    }

    [Test]
    public async Task A_successful_command_is_committed()
    {
        var uitkomst = await Behaviour<PubliceerExpertiseWaardelijstCommand, Result<int>>().Handle(
            Command,
            async (_, ct) =>
            {
                await SlaWaardelijstOpAsync(ct);
                return 1;
            },
            CancellationToken.None);

        uitkomst.IsGelukt.ShouldBeTrue();
        (await LeesAsync(db => db.ExpertiseWaardelijsten.CountAsync())).ShouldBe(1);
    }

    [Test]
    public async Task A_query_runs_without_a_transaction()
    {
        var db = Scope.GetRequiredService<PassendOnderwijsDbContext>();
        var transactieTijdensQuery = true;

        await Behaviour<GeefExpertisesQuery, Result<int>>().Handle(
            new GeefExpertisesQuery(null),
            (_, _) =>
            {
                transactieTijdensQuery = db.Database.CurrentTransaction is not null;
                return ValueTask.FromResult<Result<int>>(1);
            },
            CancellationToken.None);

        transactieTijdensQuery.ShouldBeFalse();
    }

    private TransactieBehaviour<TMessage, TResponse> Behaviour<TMessage, TResponse>()
        where TMessage : notnull, Mediator.IMessage =>
        new(Scope.GetRequiredService<ITransactieBeheer>());

    private async Task SlaWaardelijstOpAsync(CancellationToken ct)
    {
        var db = Scope.GetRequiredService<PassendOnderwijsDbContext>();
        var waardelijst = ExpertiseWaardelijst.Publiceer(
            Schooljaar.Van(2026), "RIO", [new ExpertiseRegel("EPILEPSIE", "Epilepsie")], [], DateTimeOffset.UtcNow).Waarde;
        db.ExpertiseWaardelijsten.Add(waardelijst);
        await db.SaveChangesAsync(ct);
    }
}
