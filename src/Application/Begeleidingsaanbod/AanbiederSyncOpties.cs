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

    /// <summary>
    /// Aanbieders per database read of a full copy (the list as application/x-ndjson): large enough that 10,000 take a
    /// handful of round trips, small enough that one batch with its aanbod is all the memory a copy of any size needs.
    /// </summary>
    public int KopieBatchgrootte { get; set; } = 1000;
}
