using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerlingen;

public sealed class GeefLeerlingenValidator : AbstractValidator<GeefLeerlingenQuery>
{
    public GeefLeerlingenValidator()
    {
        RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging")).When(q => q.Vestiging is not null);
        RuleFor(q => q.Naam).MaximumLength(Leerling.MaximaleLengteNaam).WithErrorCode("tekst-te-lang").WithMessage($"Hoogstens {Leerling.MaximaleLengteNaam} tekens.");
        RuleFor(q => q.Geboortedatum).Must(d => IsoDatum.Lees(d) is not null).When(q => q.Geboortedatum is not null)
            .WithErrorCode("ongeldige-datum").WithMessage("Geef de geboortedatum in de vorm jjjj-mm-dd.");
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(LeerlingCursor.MaximalePageSize);
    }
}
