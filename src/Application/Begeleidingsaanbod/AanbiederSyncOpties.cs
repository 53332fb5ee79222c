namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>Configuration section "Aanbieders".</summary>
public sealed class AanbiederSyncOpties
{
    public const string Sectie = "Aanbieders";

    /// <summary>
    /// How long tombstones are kept, and so how long a change feed token stays usable. A LAS that syncs at least
    /// this often never needs a full resync.
    /// </summary>
    public int BewaartermijnDagen { get; set; } = 30;
}
