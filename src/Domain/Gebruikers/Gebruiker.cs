using System.Security.Cryptography;
using System.Text;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Gebruikers;

/// <summary>
/// A person who signs in to the SPA. Belongs to one samenwerkingsverband (the tenant), except a platform-beheerder,
/// who runs the installation and belongs to none; a school-medewerker also to the vestigingen whose pupils they may see. Guards its own sign-in: after <see cref="MaximumMisluktePogingen"/>
/// failed attempts in a row the account is blocked for <see cref="Blokkeerduur"/>.
/// </summary>
public sealed class Gebruiker : AggregateRoot<GebruikerId>
{
    public const int MaximumMisluktePogingen = 5;
    public const int MaximaleLengteNaam = 120;
    public static readonly TimeSpan Blokkeerduur = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan ActivatieGeldigheid = TimeSpan.FromDays(7);
    public const int MinimaleLengteWachtwoord = 12;
    public const int MaximaleLengteOrganisatie = 200;

    private readonly List<string> _vestigingen = [];
    private readonly List<Functie> _functies = [];

    private Gebruiker()
    {
        Email = null!;
        Naam = string.Empty;
    }

    public EmailAdres Email { get; private set; }

    public string Naam { get; private set; }

    public Rol Rol { get; private set; }

    /// <summary>The tenant; null only for a role of no samenwerkingsverband (<see cref="RolCodes.HoortBijGeenSamenwerkingsverband"/>).</summary>
    public SwvCode? Samenwerkingsverband { get; private set; }

    /// <summary>Codes of the vestigingen a school-medewerker works for (empty for SWV roles).</summary>
    public IReadOnlyList<string> Vestigingen => _vestigingen;

    /// <summary>
    /// The tasks a medewerker of the samenwerkingsverband holds on top of the role (regionaal procesbegeleider,
    /// beleidsmedewerker, manager ondersteuning); empty for every other role.
    /// </summary>
    public IReadOnlyList<Functie> Functies => _functies;

    /// <summary>Null until the person has chosen a password with their activation code.</summary>
    public string? WachtwoordHash { get; private set; }

    /// <summary>
    /// The person at an external identity provider (for example DigiD through a broker) this account signs in with,
    /// linked by the person with their activation code; null when they sign in with a password only.
    /// </summary>
    public ExterneIdentiteit? ExterneIdentiteit { get; private set; }

    /// <summary>False once an administrator has deactivated the account (e.g. someone who left).</summary>
    public bool Actief { get; private set; } = true;

    /// <summary>Derived from <see cref="Actief"/> and whether a password was chosen or an external sign-in linked; not stored.</summary>
    public Accountstatus Status => !Actief ? Accountstatus.Gedeactiveerd : HeeftAanmeldwijze ? Accountstatus.Actief : Accountstatus.WachtOpActivering;

    private bool HeeftAanmeldwijze => WachtwoordHash is not null || ExterneIdentiteit is not null;

    /// <summary>SHA-256 of the one-time activation code; the code itself is shown once and never stored.</summary>
    public string? ActivatiecodeHash { get; private set; }

    public DateTimeOffset? ActivatieGeldigTot { get; private set; }

    public int MisluktePogingen { get; private set; }

    public DateTimeOffset? GeblokkeerdTot { get; private set; }

    /// <summary>
    /// The organisation of a person outside the school and the samenwerkingsverband (an external expert, the ambulant
    /// begeleider of an onderwijsbegeleidingsaanbieder); null for the SWV's own people. Such a person sees a pupil only
    /// with an ouder's consent (<see cref="Ouders.Toestemming"/>), on top of being involved.
    /// </summary>
    public string? ExterneOrganisatie { get; private set; }

    /// <summary>The aanbieder from the register (its code) the external person works for, when it is one.</summary>
    public string? ExterneAanbiederCode { get; private set; }

    public bool IsExtern => ExterneOrganisatie is not null;

    public static Result<Gebruiker> Registreer(
        string? email,
        string? naam,
        Rol rol,
        string? samenwerkingsverband,
        IReadOnlyList<string> vestigingen,
        string? wachtwoordHash = null)
    {
        var fouten = new List<Fout>();
        // Every request that makes an account names the address "email"; the problem points there.
        var emailAdres = EmailAdres.Parse(email, "email");
        fouten.AddRange(emailAdres.Fouten);
        SwvCode? swvCode = null;
        if (rol.HoortBijGeenSamenwerkingsverband())
        {
            // The platform's roles stand above every tenant: an SWV would give them that tenant's data.
            if (samenwerkingsverband is not null)
            {
                fouten.Add(Fout.Ongeldig("swv-niet-toegestaan", $"De rol '{RolCodes.Lijst.LabelInZin(rol)}' hoort bij geen samenwerkingsverband.", "samenwerkingsverband"));
            }
        }
        else
        {
            var swv = SwvCode.Parse(samenwerkingsverband);
            fouten.AddRange(swv.Fouten);
            swvCode = swv.IsGelukt ? swv.Waarde : null;
        }

        if (string.IsNullOrWhiteSpace(naam) || naam.Trim().Length > MaximaleLengteNaam)
        {
            fouten.Add(Fout.Ongeldig("ongeldige-naam", $"Geef een naam van hoogstens {MaximaleLengteNaam} tekens op.", "naam"));
        }

        var codes = vestigingen.Select((v, i) => VestigingCode.Parse(v, $"vestigingen[{i}]")).ToList();
        fouten.AddRange(codes.SelectMany(c => c.Fouten));
        if (rol == Rol.SchoolMedewerker && vestigingen.Count == 0)
        {
            fouten.Add(Fout.Ongeldig("vestiging-vereist", "Een medewerker van een school hoort bij minstens één vestiging.", "vestigingen"));
        }

        if (rol != Rol.SchoolMedewerker && vestigingen.Count > 0)
        {
            fouten.Add(Fout.Ongeldig("vestiging-niet-toegestaan", "Alleen een medewerker van een school hoort bij vestigingen.", "vestigingen"));
        }

        if (fouten.Count > 0)
        {
            return Result<Gebruiker>.Mislukt(fouten);
        }

        var gebruiker = new Gebruiker
        {
            Id = GebruikerId.Nieuw(),
            Email = emailAdres.Waarde,
            Naam = naam!.Trim(),
            Rol = rol,
            Samenwerkingsverband = swvCode,
            WachtwoordHash = wachtwoordHash,
        };
        gebruiker._vestigingen.AddRange(codes.Select(c => c.Waarde.Waarde).Distinct().Order(StringComparer.Ordinal));
        return gebruiker;
    }

    /// <summary>
    /// Gives the account exactly these functies. Only a medewerker of the samenwerkingsverband holds one: a functie
    /// adds steps to what that role may see, and no other role sees enough of the SWV for them.
    /// </summary>
    public Result<Gebruiker> ZetFuncties(IReadOnlyCollection<Functie> functies)
    {
        ArgumentNullException.ThrowIfNull(functies);
        if (functies.Count > 0 && Rol != Rol.SwvMedewerker)
        {
            return Fout.Ongeldig(
                "functie-alleen-swv-medewerker",
                $"Alleen een {RolCodes.Lijst.LabelInZin(Rol.SwvMedewerker)} kan een functie hebben.",
                "functies");
        }

        _functies.Clear();
        _functies.AddRange(functies.Distinct().Order());
        return this;
    }

    public bool HeeftFunctie(Functie functie) => _functies.Contains(functie);

    /// <summary>
    /// Marks the account as of a person outside the school and the SWV (an organisation's name, and the aanbieder's code
    /// when it is one from the register), or as the SWV's own again (both null). Only an expert can be external: the
    /// other roles work for the school or the SWV by their nature.
    /// </summary>
    public Result<Gebruiker> ZetExterneOrganisatie(string? organisatie, string? aanbiederCode)
    {
        var naam = string.IsNullOrWhiteSpace(organisatie) ? null : organisatie.Trim();
        var fouten = new List<Fout>();
        if (naam is { Length: > MaximaleLengteOrganisatie })
        {
            fouten.Add(Fout.Ongeldig("tekst-te-lang", $"Hoogstens {MaximaleLengteOrganisatie} tekens.", "externeOrganisatie.naam"));
        }

        if (aanbiederCode is not null)
        {
            fouten.AddRange(Begeleidingsaanbod.ObaCode.Parse(aanbiederCode, "externeOrganisatie.aanbiederCode").Fouten);
            if (naam is null)
            {
                fouten.Add(Fout.Ongeldig("organisatie-vereist", "Geef de naam van de organisatie.", "externeOrganisatie.naam"));
            }
        }

        if (naam is not null && Rol != Rol.Expert)
        {
            fouten.Add(Fout.Ongeldig("extern-alleen-expert", "Alleen een expert kan van een organisatie buiten de school en het samenwerkingsverband zijn.", "externeOrganisatie"));
        }

        if (fouten.Count > 0)
        {
            return Result<Gebruiker>.Mislukt(fouten);
        }

        ExterneOrganisatie = naam;
        ExterneAanbiederCode = naam is null ? null : aanbiederCode;
        return this;
    }

    /// <summary>
    /// Whether the account can get tokens now: active, a password chosen or an external sign-in linked, not
    /// temporarily blocked. Which way the person signed in is the sign-in's to check (a password, or the link).
    /// </summary>
    public bool KanAanmelden(DateTimeOffset nu) => Actief && HeeftAanmeldwijze && !IsGeblokkeerd(nu);

    public bool IsGeblokkeerd(DateTimeOffset nu) => GeblokkeerdTot > nu;

    /// <summary>A new one-time code with which the person chooses their password; replaces any earlier code.</summary>
    public string MaakActivatiecode(DateTimeOffset nu)
    {
        var code = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        ActivatiecodeHash = HashVan(code);
        ActivatieGeldigTot = nu + ActivatieGeldigheid;
        return code;
    }

    /// <summary>
    /// A new code for an account that waits for activation (the first was lost or expired) or whose person forgot
    /// their password: with it they choose a (new) password on /activeren, and the earlier code stops working. An
    /// active account's current password keeps working until the code is used, so handing out a code locks nobody
    /// out. A deactivated account gets none: a code would reopen a closed account.
    /// </summary>
    public Result<string> VernieuwActivatiecode(DateTimeOffset nu) => Status switch
    {
        Accountstatus.WachtOpActivering or Accountstatus.Actief => MaakActivatiecode(nu),
        _ => Fout.Conflict("account-gedeactiveerd", "Dit account is gedeactiveerd; een activeringscode opent het niet weer."),
    };

    public static string HashVan(string activatiecode) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(activatiecode)));

    /// <summary>Sets the password with the activation code (the first one, or a new one after a forgotten password); the code works once.</summary>
    public Result<bool> Activeer(string activatiecode, string wachtwoordHash, DateTimeOffset nu)
    {
        if (!GebruikActivatiecode(activatiecode, nu))
        {
            return OngeldigeActivatiecode;
        }

        WachtwoordHash = wachtwoordHash;
        return true;
    }

    /// <summary>
    /// Links the person's identity at the external provider, with the activation code the school or beheerder passed
    /// on: the code proves the invitation, the provider the person. From then on they sign in there; a password, if
    /// they had one, keeps working. One account per person at the provider (the store refuses a second link).
    /// </summary>
    public Result<bool> KoppelExterneIdentiteit(string activatiecode, ExterneIdentiteit identiteit, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(identiteit);
        if (!GebruikActivatiecode(activatiecode, nu))
        {
            return OngeldigeActivatiecode;
        }

        ExterneIdentiteit = identiteit;
        return true;
    }

    private static Fout OngeldigeActivatiecode =>
        Fout.RegelGeschonden("activatiecode-ongeldig", "Deze activeringscode is onbekend, al gebruikt of verlopen. Vraag uw beheerder om een nieuwe.");

    /// <summary>Whether the code is this account's, unused and in time; if so it is used up, and any block lifted.</summary>
    private bool GebruikActivatiecode(string activatiecode, DateTimeOffset nu)
    {
        var klopt = ActivatiecodeHash is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(ActivatiecodeHash), Encoding.ASCII.GetBytes(HashVan(activatiecode)));
        if (!Actief || !klopt || ActivatieGeldigTot <= nu)
        {
            return false;
        }

        ActivatiecodeHash = null;
        ActivatieGeldigTot = null;
        MisluktePogingen = 0;
        GeblokkeerdTot = null;
        return true;
    }

    /// <summary>The person can no longer sign in; what they did stays in the audit log.</summary>
    public void Deactiveer()
    {
        Actief = false;
        ActivatiecodeHash = null;
        ActivatieGeldigTot = null;
    }

    /// <summary>Records a sign-in attempt whose password was checked by the caller.</summary>
    public AanmeldUitkomst RegistreerAanmelding(bool wachtwoordKlopt, DateTimeOffset nu)
    {
        if (IsGeblokkeerd(nu))
        {
            return AanmeldUitkomst.Geblokkeerd;
        }

        if (!Actief || WachtwoordHash is null)
        {
            return AanmeldUitkomst.Mislukt;
        }

        if (wachtwoordKlopt)
        {
            MisluktePogingen = 0;
            GeblokkeerdTot = null;
            return AanmeldUitkomst.Gelukt;
        }

        MisluktePogingen++;
        if (MisluktePogingen < MaximumMisluktePogingen)
        {
            return AanmeldUitkomst.Mislukt;
        }

        MisluktePogingen = 0;
        GeblokkeerdTot = nu + Blokkeerduur;
        return AanmeldUitkomst.Geblokkeerd;
    }
}
