using PassendOnderwijs.Infrastructure.Identiteit.TokenStatus;

namespace PassendOnderwijs.Api.FunctionalTests.Identiteit;

/// <summary>The rules of the token status cache on their own, with a clock the test moves (no database, no host).</summary>
public sealed class TokenStatusCacheTests
{
    private static readonly TokenStatusInfo Geldig = new(Geldig: true, Applicatie: "app-1", Onderwerp: "las-1");
    private Klok _klok = null!;
    private TokenStatusCache _cache = null!;

    [SetUp]
    public void MaakCache()
    {
        _klok = new Klok();
        _cache = new TokenStatusCache(
            new TokenStatusOpties { MaximaleStilte = TimeSpan.FromSeconds(15), MaximaleLeeftijd = TimeSpan.FromMinutes(30), MaximaalAantal = 2 },
            _klok);
        _cache.Verbonden();
    }

    [TestCase(0.0004, 1)]
    [TestCase(0.9999, 1)]
    [TestCase(1.0, 1)]
    [TestCase(1.2, 2)]
    [TestCase(4999.5, 5000)]
    public void The_listener_never_waits_for_ever_before_its_heartbeat(double restMs, int wachtMs) =>
        TokenStatusLuisteraar.Wachttijd(TimeSpan.FromMilliseconds(restMs)).ShouldBe(wachtMs, "Npgsql waits for ever on 0 ms");

    [Test]
    public void A_status_read_from_the_database_is_answered_from_memory_afterwards()
    {
        _cache.Bewaar("t1", Geldig, _cache.Generatie, tokenVerloopt: null);

        _cache.Zoek("t1").ShouldBe(true);
        _cache.Zoek("t2").ShouldBeNull();
    }

    [Test]
    public void A_status_read_while_a_notification_came_in_is_not_kept()
    {
        var voorLezen = _cache.Generatie;
        _cache.Vergeet("t1", "app-1", "las-1");

        _cache.Bewaar("t1", Geldig, voorLezen, tokenVerloopt: null);

        _cache.Zoek("t1").ShouldBeNull();
    }

    [Test]
    public void A_notification_forgets_the_token()
    {
        _cache.Bewaar("t1", Geldig, _cache.Generatie, tokenVerloopt: null);

        _cache.Vergeet("t1", null, null);

        _cache.Zoek("t1").ShouldBeNull();
    }

    [Test]
    public void A_revocation_on_this_instance_sends_the_subjects_tokens_to_the_database_until_its_notification_arrives()
    {
        _cache.Bewaar("t1", Geldig, _cache.Generatie, tokenVerloopt: null);

        _cache.TrekIn(onderwerp: "las-1");

        _cache.Zoek("t1").ShouldBeNull();
        _cache.Bewaar("t1", Geldig, _cache.Generatie, tokenVerloopt: null);
        _cache.Zoek("t1").ShouldBeNull("read before the revocation committed, so not to be kept");

        _cache.Vergeet("t1", "app-1", "las-1");
        _cache.Bewaar("t1", Geldig with { Geldig = false }, _cache.Generatie, tokenVerloopt: null);
        _cache.Zoek("t1").ShouldBe(false);
    }

    [Test]
    public void A_revocation_of_an_application_marks_its_tokens_whatever_their_subject()
    {
        _cache.Bewaar("t1", Geldig, _cache.Generatie, tokenVerloopt: null);

        _cache.TrekIn(applicatie: "app-1");

        _cache.Zoek("t1").ShouldBeNull();
    }

    [Test]
    public void Without_the_listener_nothing_is_answered_and_a_reconnect_starts_empty()
    {
        _cache.Bewaar("t1", Geldig, _cache.Generatie, tokenVerloopt: null);

        _cache.Verbroken();
        _cache.Zoek("t1").ShouldBeNull();
        _cache.Bewaar("t2", Geldig, _cache.Generatie, tokenVerloopt: null);

        _cache.Verbonden();
        _cache.Zoek("t1").ShouldBeNull();
        _cache.Zoek("t2").ShouldBeNull();
    }

    [Test]
    public void A_listener_that_has_not_proven_its_connection_for_too_long_is_not_believed()
    {
        _cache.Bewaar("t1", Geldig, _cache.Generatie, tokenVerloopt: null);

        _klok.Verzet(TimeSpan.FromSeconds(16));
        _cache.Zoek("t1").ShouldBeNull();

        _cache.Bevestig(_klok.GetTimestamp());
        _cache.Zoek("t1").ShouldBe(true);
    }

    [Test]
    public void A_status_lives_no_longer_than_its_token_nor_the_maximum_age()
    {
        _cache.Bewaar("kort", Geldig, _cache.Generatie, tokenVerloopt: _klok.GetUtcNow().AddMinutes(1));
        _cache.Bewaar("lang", Geldig, _cache.Generatie, tokenVerloopt: _klok.GetUtcNow().AddHours(5));

        _klok.Verzet(TimeSpan.FromMinutes(2));
        _cache.Bevestig(_klok.GetTimestamp());
        _cache.Zoek("kort").ShouldBeNull();
        _cache.Zoek("lang").ShouldBe(true);

        _klok.Verzet(TimeSpan.FromMinutes(29));
        _cache.Bevestig(_klok.GetTimestamp());
        _cache.Zoek("lang").ShouldBeNull();
    }

    [Test]
    public void A_full_cache_keeps_no_more()
    {
        _cache.Bewaar("t1", Geldig, _cache.Generatie, tokenVerloopt: null);
        _cache.Bewaar("t2", Geldig, _cache.Generatie, tokenVerloopt: null);
        _cache.Bewaar("t3", Geldig, _cache.Generatie, tokenVerloopt: null);

        _cache.Aantal.ShouldBe(2);
        _cache.Zoek("t3").ShouldBeNull();
    }

    private sealed class Klok : TimeProvider
    {
        private DateTimeOffset _nu = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
        private long _tikken;

        public override DateTimeOffset GetUtcNow() => _nu;

        public override long GetTimestamp() => _tikken;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public void Verzet(TimeSpan tijd)
        {
            _nu += tijd;
            _tikken += tijd.Ticks;
        }
    }
}
