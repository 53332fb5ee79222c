namespace PassendOnderwijs.Domain.Beleidsinformatie.Onderdrukking;

/// <summary>One figure of a suppressed table: the count, and whether it is hidden from readers outside the bureau.</summary>
/// <param name="Aantal">The exact count; for the samenwerkingsverband's own staff only.</param>
public readonly record struct Telcel(int Aantal, bool Onderdrukt)
{
    /// <summary>What a reader outside the bureau sees: the count, or nothing when it is hidden (never the value).</summary>
    public int? Getoond => Onderdrukt ? null : Aantal;
}

/// <summary>A table after <see cref="Kleinecelonderdrukking.Tabel"/>: every cell and total with its verdict.</summary>
public sealed class OnderdrukteTabel
{
    private readonly int[,] _aantallen;
    private readonly bool[,] _verborgen;

    internal OnderdrukteTabel(int[,] aantallen, bool[,] verborgen, int rijen, int kolommen)
    {
        _aantallen = aantallen;
        _verborgen = verborgen;
        Rijen = rijen;
        Kolommen = kolommen;
    }

    public int Rijen { get; }

    public int Kolommen { get; }

    public Telcel Cel(int rij, int kolom)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)rij, (uint)Rijen, nameof(rij));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)kolom, (uint)Kolommen, nameof(kolom));
        return Figuur(rij, kolom);
    }

    public Telcel Rijtotaal(int rij)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)rij, (uint)Rijen, nameof(rij));
        return Figuur(rij, Kolommen);
    }

    public Telcel Kolomtotaal(int kolom)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)kolom, (uint)Kolommen, nameof(kolom));
        return Figuur(Rijen, kolom);
    }

    public Telcel Totaal => Figuur(Rijen, Kolommen);

    public IReadOnlyList<Telcel> Rij(int rij) => [.. Enumerable.Range(0, Kolommen).Select(k => Cel(rij, k))];

    private Telcel Figuur(int rij, int kolom) => new(_aantallen[rij, kolom], _verborgen[rij, kolom]);
}

/// <summary>A breakdown of one dimension after <see cref="Kleinecelonderdrukking.Reeks"/>.</summary>
public sealed record OnderdrukteReeks(IReadOnlyList<Telcel> Cellen, Telcel Totaal);
