using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Begeleidingsaanbod;

/// <summary>
/// What a caller may do in the register of onderwijsbegeleidingsaanbieders: nothing but read, manage the aanbieders
/// of one samenwerkingsverband (its swv-beheerder), or manage the whole register (a register-beheerder). The register
/// is national and every reader sees all of it, so this is about changing it only.
/// </summary>
public sealed record Registerbeheer
{
    private Registerbeheer(bool isLandelijk, SwvCode? samenwerkingsverband)
    {
        IsLandelijk = isLandelijk;
        Samenwerkingsverband = samenwerkingsverband;
    }

    /// <summary>Reads only: other staff, LAS systems, anyone whose role does not manage the register.</summary>
    public static Registerbeheer Geen { get; } = new(false, null);

    /// <summary>A register-beheerder: may change every aanbieder.</summary>
    public static Registerbeheer Landelijk { get; } = new(true, null);

    /// <summary>Manages the whole register, not tied to one samenwerkingsverband.</summary>
    public bool IsLandelijk { get; }

    /// <summary>The samenwerkingsverband whose aanbieders this swv-beheerder manages; null otherwise.</summary>
    public SwvCode? Samenwerkingsverband { get; }

    /// <summary>
    /// Whether this caller may change an aanbieder owned by <paramref name="eigenaar"/> (null: a national entry): a
    /// register-beheerder always, an swv-beheerder only the aanbieders their samenwerkingsverband registered.
    /// </summary>
    public bool MagWijzigen(SwvCode? eigenaar) => IsLandelijk || (eigenaar is not null && Samenwerkingsverband == eigenaar);

    /// <summary>Whether this caller may add an aanbieder to the register.</summary>
    public bool MagRegistreren => IsLandelijk || Samenwerkingsverband is not null;

    /// <summary>
    /// The owner of an aanbieder this caller registers: the swv-beheerder's own samenwerkingsverband, or none for a
    /// register-beheerder. An aanbieder without an owner is national: only register-beheerders change it.
    /// </summary>
    public SwvCode? EigenaarVanNieuweAanbieder => IsLandelijk ? null : Samenwerkingsverband;

    public static Registerbeheer VanSamenwerkingsverband(SwvCode samenwerkingsverband)
    {
        ArgumentNullException.ThrowIfNull(samenwerkingsverband);
        return new(false, samenwerkingsverband);
    }

    /// <summary>
    /// From a person's roles and samenwerkingsverband. The national role wins over an SWV role. An swv-beheerder
    /// without a valid samenwerkingsverband manages nothing: the owner check never matches an absent code.
    /// </summary>
    public static Registerbeheer Van(IReadOnlyCollection<Rol> rollen, string? samenwerkingsverband)
    {
        ArgumentNullException.ThrowIfNull(rollen);
        if (rollen.Contains(Rol.RegisterBeheerder))
        {
            return Landelijk;
        }

        return rollen.Contains(Rol.SwvBeheerder) && SwvCode.Parse(samenwerkingsverband) is { IsGelukt: true } swv
            ? VanSamenwerkingsverband(swv.Waarde)
            : Geen;
    }
}
