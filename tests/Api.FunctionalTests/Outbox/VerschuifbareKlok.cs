using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Outbox;

/// <summary>A clock that stands still until a test moves it, so a retry becomes due without waiting.</summary>
public sealed class VerschuifbareKlok : TimeProvider
{
    private DateTimeOffset _nu = VasteKlok.Standaard;

    public override DateTimeOffset GetUtcNow() => _nu;

    public void Verzet(TimeSpan duur) => _nu += duur;

    public void Herstel() => _nu = VasteKlok.Standaard;
}
