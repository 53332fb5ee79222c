using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertinzetten;

public sealed class GeefExpertinzettenValidator : AbstractValidator<GeefExpertinzettenQuery>
{
    public GeefExpertinzettenValidator()
    {
        RuleFor(q => q.Status).MoetVoldoenAan(s => ExpertinzetStatusCodes.Lijst.Lees(s, "status", "status")).When(q => q.Status is not null);
        RuleFor(q => q.Expertisegebied).MoetVoldoenAan(s => ExpertisegebiedCodes.Lijst.Lees(s, "expertisegebied", "expertisegebied")).When(q => q.Expertisegebied is not null);
        RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging")).When(q => q.Vestiging is not null);
    }
}
