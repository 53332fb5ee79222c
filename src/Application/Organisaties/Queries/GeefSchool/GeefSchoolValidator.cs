using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefSchool;

public sealed class GeefSchoolValidator : AbstractValidator<GeefSchoolQuery>
{
    public GeefSchoolValidator() => RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging"));
}
