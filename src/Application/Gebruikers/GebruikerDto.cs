using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers;

/// <summary>A person's account as an SWV administrator sees it.</summary>
public sealed record GebruikerDto
{
    public required Guid Id { get; init; }

    public required string Email { get; init; }

    public required string Naam { get; init; }

    [CodeUit<Rol>]
    public required string Rol { get; init; }

    public required IReadOnlyList<string> Vestigingen { get; init; }

    [CodeUit<Accountstatus>]
    public required string Status { get; init; }

    /// <summary>
    /// For a person outside the school and the SWV (an external expert): their organisation. They see a pupil only with
    /// an ouder's consent.
    /// </summary>
    public ExterneOrganisatieDto? ExterneOrganisatie { get; init; }

    /// <summary>For a medewerker of the samenwerkingsverband: the tasks they hold on top of the role.</summary>
    [CodeUit<Functie>]
    public required IReadOnlyList<string> Functies { get; init; }

    public static GebruikerDto Van(Gebruiker gebruiker)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        return new GebruikerDto
        {
            Id = gebruiker.Id.Waarde,
            Email = gebruiker.Email.Waarde,
            Naam = gebruiker.Naam,
            Rol = gebruiker.Rol.Code(),
            Vestigingen = gebruiker.Vestigingen,
            Status = AccountstatusCodes.Lijst.Code(gebruiker.Status),
            ExterneOrganisatie = gebruiker.ExterneOrganisatie is { } naam ? new(naam, gebruiker.ExterneAanbiederCode) : null,
            Functies = [.. gebruiker.Functies.Select(f => f.Code())],
        };
    }
}

/// <summary>An organisation outside the school and the SWV, by name, and the aanbieder's code when it is one from the register.</summary>
public sealed record ExterneOrganisatieDto(
    [property: System.ComponentModel.DataAnnotations.MaxLength(Gebruiker.MaximaleLengteOrganisatie)] string? Naam,
    [property: System.ComponentModel.DataAnnotations.RegularExpression(Domain.Begeleidingsaanbod.ObaCode.Patroon)] string? AanbiederCode);

public sealed record GebruikerLijstDto(IReadOnlyList<GebruikerDto> Gebruikers);

/// <summary>A new account; the activation code is shown this once, for the administrator to pass on.</summary>
public sealed record NieuweGebruikerDto : IAuditResultaat
{
    public required GebruikerDto Gebruiker { get; init; }

    public required string Activatiecode { get; init; }

    public required DateTimeOffset ActivatieGeldigTot { get; init; }

    string IAuditResultaat.AuditResourceId => Gebruiker.Id.ToString();
}
