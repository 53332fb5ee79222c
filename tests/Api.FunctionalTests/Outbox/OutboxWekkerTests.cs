using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;

namespace PassendOnderwijs.Api.FunctionalTests.Outbox;

/// <summary>
/// The outbox loop is woken by the commit itself (a trigger's NOTIFY, a LISTEN connection per instance), not by its
/// poll: with a poll interval of an hour, a committed event is still handled straight away.
/// </summary>
[NonParallelizable]
public class OutboxWekkerTests : ArrangementTest
{
    [Test]
    public async Task A_committed_event_wakes_the_background_loop_long_before_its_poll_interval()
    {
        var aangevraagd = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inBehandeling = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var meld = (ArrangementGebeurtenis g) =>
        {
            (g is ArrangementInBehandelingGenomen ? inBehandeling : aangevraagd).TrySetResult();
            return (Exception?)null;
        };
        await using var instantie = new OutboxInstantie(achtergrond: true, meld, pollInterval: "01:00:00");

        // The first event may be found by the loop's first round or by the wake-up when it starts listening; once it
        // is handled, the loop has done its rounds and waits (an hour, unless woken).
        var (id, etag) = await VraagAanAsync();
        await aangevraagd.Task.WaitAsync(TimeSpan.FromMinutes(2));

        await ZetStapAsync(id, "behandeling", etag, null, Medewerker);
        await inBehandeling.Task.WaitAsync(TimeSpan.FromMinutes(2));
    }
}
