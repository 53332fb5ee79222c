using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefSchool;

public sealed class GeefSchoolValidator : AbstractValidator<GeefSchoolQuery>
{
    public GeefSchoolValidator() => RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging"));
}
