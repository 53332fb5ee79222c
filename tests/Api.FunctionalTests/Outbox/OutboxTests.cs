using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Infrastructure.Outbox;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Outbox;

/// <summary>
/// Domain events through the outbox: the test host (no dispatcher) writes them through the API, a second instance
/// on the same database delivers them, driven batch by batch so nothing depends on timing.
/// </summary>
[NonParallelizable]
public class OutboxTests : ArrangementTest
{
    private static readonly string[] Levensloop =
        [nameof(ArrangementAangevraagd), nameof(ArrangementInBehandelingGenomen), nameof(ArrangementToegekend), nameof(ArrangementGestart)];

    private OutboxInstantie _instantie = null!;

    [OneTimeSetUp]
    public void StartInstantie() => _instantie = new OutboxInstantie();

    [OneTimeTearDown]
    public async Task StopInstantieAsync() => await _instantie.DisposeAsync();

    [SetUp]
    public async Task HerstelInstantieAsync()
    {
        _instantie.Plan.Herstel();
        _instantie.Klok.Herstel();
        await OutboxInstantie.MaakTestTabelLeegAsync();
    }

    [Test]
    public async Task A_change_that_rolls_back_leaves_no_event_and_nothing_is_delivered()
    {
        var (id, _) = await VraagAanAsync();
        int binnenTransactie;
        await using (var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
            binnenTransactie = await scope.ServiceProvider.GetRequiredService<ITransactieBeheer>().VoerUitAsync(
                async ct =>
                {
                    var arrangement = await db.Arrangementen.IgnoreQueryFilters().SingleAsync(a => a.Id == id, ct);
                    arrangement.NeemInBehandeling(new Actor("test", "Test"), VasteKlok.Standaard).IsGelukt.ShouldBeTrue();
                    await db.SaveChangesAsync(ct);
                    return (await db.OutboxBerichten.CountAsync(b => b.AggregaatId == id.ToString(), ct), false);
                },
                CancellationToken.None);
        }

        await _instantie.VerwerkAllesAsync();

        binnenTransactie.ShouldBe(2, "the event is written in the change's own transaction");
        (await BerichtenVanAsync(id)).Select(b => b.Soort).ShouldBe([nameof(ArrangementAangevraagd)]);
        (await OutboxInstantie.OntvangenAsync()).ShouldBe([(id, nameof(ArrangementAangevraagd))]);
    }

    [Test]
    public async Task Events_committed_while_no_dispatcher_runs_are_delivered_by_a_dispatcher_started_later()
    {
        // The test host has no dispatcher: as if the process died right after every commit.
        var (id, etag) = await VraagAanAsync();
        await MaakActiefAsync(id, etag, "PO2705-2026-0101");
        (await BerichtenVanAsync(id)).ShouldAllBe(b => b.VerwerktOp == null);

        // A new instance whose background loop delivers them. The test consumer says when the last one arrived; the
        // instance then stops, and a stop lets the batch it is in commit.
        var laatste = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var meldLaatste = (ArrangementGebeurtenis g) =>
        {
            if (g is ArrangementGestart)
            {
                laatste.TrySetResult();
            }

            return (Exception?)null;
        };
        await using (new OutboxInstantie(achtergrond: true, meldLaatste))
        {
            await laatste.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }

        (await BerichtenVanAsync(id)).ShouldAllBe(b => b.VerwerktOp != null);
        (await OutboxInstantie.OntvangenAsync()).ShouldBe(Levensloop.Select(s => (id, s)));
    }

    [Test]
    public async Task A_consumer_that_throws_leaves_the_event_for_later_and_its_state_changes_exactly_once()
    {
        var (id, etag) = await VraagAanAsync();
        await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        _instantie.Plan.Fout = g => g is ArrangementAangevraagd ? new InvalidOperationException("Ontvanger even weg") : null;

        await _instantie.VerwerkAllesAsync();

        (await OutboxInstantie.OntvangenAsync()).ShouldBeEmpty("the failed attempt's write was rolled back");
        var berichten = await BerichtenVanAsync(id);
        berichten[0].Pogingen.ShouldBe(1);
        berichten[0].LaatsteFout.ShouldNotBeNull().ShouldContain("Ontvanger even weg");
        berichten[1].VerwerktOp.ShouldBeNull("a later event of the same arrangement waits for the earlier one");

        _instantie.Plan.Fout = _ => null;
        _instantie.Klok.Verzet(TimeSpan.FromSeconds(10));
        await _instantie.VerwerkAllesAsync();

        (await OutboxInstantie.OntvangenAsync()).ShouldBe([(id, nameof(ArrangementAangevraagd)), (id, nameof(ArrangementInBehandelingGenomen))]);
        (await BerichtenVanAsync(id)).ShouldAllBe(b => b.VerwerktOp != null);
        _instantie.Plan.Aanroepen.ShouldBe(3, "at least once: the failed delivery was tried again");
    }

    [Test]
    public async Task A_batch_aborted_halfway_commits_nothing_and_a_later_batch_delivers_everything_once()
    {
        var (eerste, _) = await VraagAanAsync();
        var (tweede, _) = await VraagAanAsync();
        using var afbreken = new CancellationTokenSource();
        _instantie.Plan.Fout = g =>
        {
            if (g.ArrangementId != tweede)
            {
                return null;
            }

            // The process is stopped while it is delivering the second event of the batch.
            afbreken.Cancel();
            return new OperationCanceledException(afbreken.Token);
        };

        await Should.ThrowAsync<OperationCanceledException>(() => _instantie.Verwerker.VerwerkBatchAsync(afbreken.Token));

        (await OutboxInstantie.OntvangenAsync()).ShouldBeEmpty();
        (await BerichtenVanAsync(eerste)).ShouldAllBe(b => b.VerwerktOp == null && b.Pogingen == 0);

        _instantie.Plan.Fout = _ => null;
        await _instantie.VerwerkAllesAsync();

        (await OutboxInstantie.OntvangenAsync()).ShouldBe([(eerste, nameof(ArrangementAangevraagd)), (tweede, nameof(ArrangementAangevraagd))]);
    }

    [Test]
    public async Task Two_dispatchers_at_once_deliver_every_event_once_and_in_order_per_arrangement()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var (id, etag) = await VraagAanAsync();
            await MaakActiefAsync(id, etag, $"PO2705-2026-02{i:00}");
            ids.Add(id);
        }

        var een = _instantie.NieuweVerwerker();
        var twee = _instantie.NieuweVerwerker();
        var afgeleverd = await Task.WhenAll(VerwerkTotLeegAsync(een), VerwerkTotLeegAsync(twee));

        var ontvangen = await OutboxInstantie.OntvangenAsync();
        ontvangen.Count.ShouldBe(ids.Count * Levensloop.Length);
        foreach (var id in ids)
        {
            ontvangen.Where(o => o.Arrangement == id).Select(o => o.Soort).ShouldBe(Levensloop);
        }

        // Nothing failed, so every event was claimed by exactly one of the two.
        afgeleverd.Sum().ShouldBe(await _instantie.LeesAsync(db => db.OutboxBerichten.CountAsync()));
    }

    [Test]
    public async Task A_failing_event_is_retried_with_growing_waits_and_given_up_after_the_maximum()
    {
        var (kapot, etag) = await VraagAanAsync();
        await ZetStapAsync(kapot, "behandeling", etag, null, Medewerker);
        var (gezond, _) = await VraagAanAsync();
        _instantie.Plan.Fout = g => g.ArrangementId == kapot ? new InvalidOperationException("Altijd kapot") : null;

        await _instantie.VerwerkAllesAsync();
        var eerste = (await BerichtenVanAsync(kapot))[0];
        eerste.Pogingen.ShouldBe(1);
        eerste.VolgendePogingOp.ShouldBe(VasteKlok.Standaard.AddSeconds(10));

        _instantie.Klok.Verzet(TimeSpan.FromSeconds(9));
        await _instantie.VerwerkAllesAsync();
        (await BerichtenVanAsync(kapot))[0].Pogingen.ShouldBe(1, "not due before its wait is over");

        _instantie.Klok.Verzet(TimeSpan.FromSeconds(1));
        await _instantie.VerwerkAllesAsync();
        var tweede = (await BerichtenVanAsync(kapot))[0];
        tweede.Pogingen.ShouldBe(2);
        tweede.VolgendePogingOp.ShouldBe(_instantie.Klok.GetUtcNow().AddSeconds(20), "the wait doubles");
        tweede.MisluktOp.ShouldBeNull();

        _instantie.Klok.Verzet(TimeSpan.FromSeconds(20));
        await _instantie.VerwerkAllesAsync();
        var opgegeven = (await BerichtenVanAsync(kapot))[0];
        opgegeven.Pogingen.ShouldBe(OutboxInstantie.MaximumPogingen);
        opgegeven.MisluktOp.ShouldBe(_instantie.Klok.GetUtcNow());
        opgegeven.LaatsteFout.ShouldNotBeNull().ShouldContain("TestOntvanger: System.InvalidOperationException: Altijd kapot");

        _instantie.Klok.Verzet(TimeSpan.FromDays(1));
        await _instantie.VerwerkAllesAsync();
        (await BerichtenVanAsync(kapot))[0].Pogingen.ShouldBe(OutboxInstantie.MaximumPogingen, "a failed event is not tried again");
        (await BerichtenVanAsync(kapot))[1].VerwerktOp.ShouldBeNull("the arrangement's later events wait behind it");
        (await OutboxInstantie.OntvangenAsync()).ShouldBe([(gezond, nameof(ArrangementAangevraagd))], "other arrangements go on");
    }

    private async Task<List<OutboxBericht>> BerichtenVanAsync(Guid id)
    {
        var sleutel = id.ToString();
        return await _instantie.LeesAsync(db => db.OutboxBerichten.AsNoTracking()
            .Where(b => b.AggregaatType == nameof(Arrangement) && b.AggregaatId == sleutel)
            .OrderBy(b => b.Volgnummer)
            .ToListAsync());
    }

    /// <summary>
    /// One dispatcher's loop: batches until nothing is left undelivered (the other may still hold some). An event that
    /// is never delivered fails the test after a generous limit instead of hanging it.
    /// </summary>
    private async Task<int> VerwerkTotLeegAsync(OutboxVerwerker verwerker)
    {
        using var grens = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var totaal = 0;
        while (true)
        {
            grens.Token.ThrowIfCancellationRequested();
            var aantal = await verwerker.VerwerkBatchAsync(grens.Token);
            totaal += aantal;
            if (aantal == 0 && !await _instantie.LeesAsync(db => db.OutboxBerichten.AnyAsync(b => b.VerwerktOp == null)))
            {
                return totaal;
            }

            await Task.Yield();
        }
    }
}
