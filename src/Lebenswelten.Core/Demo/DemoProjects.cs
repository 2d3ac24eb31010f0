using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Projects;
using static Lebenswelten.Core.Projects.ApplicationStatus;

namespace Lebenswelten.Core.Demo;

/// <summary>
/// Projects and funding of the demo sites, after the press releases: the NINERS fathers-and-kids project in Chemnitz on the
/// AOK family study, Weimar's prevention chain on the school-entry findings, the Leipzig jobcenter project paid jointly by
/// several insurers, the Jena smart quarter and the Gera network. They stand in different phases and application states.
/// Budgets, amounts, shares, ratings and the other insurers are sample data ("Beispieldaten").
/// </summary>
public static class DemoProjects
{
    public static void Add(LebensweltenDbContext db, string siteSlug, Guid siteId, DateTimeOffset now)
    {
        var organisations = db.Organisations.Local.Where(o => o.SiteId == siteId).ToList();
        var aok = organisations.Single(o => o.Kind == OrganisationKind.Insurer);
        var year = BerlinTime.LocalDate(now).Year;
        var own = Source(db, siteId, "Projektmittel AOK PLUS", FundingSourceKind.InsurerProjectFunds, (aok, 10_000));
        Plan(db, own, year, 60_000_00);
        Organisation Partner(string startsWith) => organisations.First(o => o.Name.StartsWith(startsWith, StringComparison.Ordinal));
        switch (siteSlug)
        {
            case "chemnitz":
                var goal = new HealthGoal
                {
                    SiteId = siteId, Text = "Mehr gemeinsame Bewegung von Vätern und Kindern in Stadtteilen mit hoher SGB-II-Quote",
                    IndicatorId = db.Indicators.Local.Single(i => i.SiteId == siteId && i.Key == "sgb2-quote").Id, BaselineYear = DemoNeeds.FirstYear,
                    BaselineValue = 15, TargetYear = 2030, TargetValue = 12, TargetGroups = TargetGroups.Fathers | TargetGroups.Children, IsSampleData = true,
                };
                db.HealthGoals.Add(goal);
                var niners = Project(db, siteId, "Väter und Kids in Bewegung – mit den NINERS", ProjectSetting.Club,
                    "Ein nachhaltiges Bewegungsangebot für Familienväter mit ihren Kindern, gemeinsam mit dem Basketballverein NINERS Chemnitz.",
                    TargetGroups.Fathers | TargetGroups.Children, LifePhases.SchoolAge | LifePhases.WorkingAge, ActionCyclePhase.Implementation, now,
                    "AOK-Familienstudie 2018: Väter verbringen wenig aktive Zeit mit ihren Kindern; Bewegung im Familienalltag fehlt besonders in belasteten Stadtteilen.",
                    null, "Wöchentliches Training für Väter und Kinder, Trainerinnen und Trainer der NINERS als Multiplikatoren, Familientage in der Halle.",
                    "Das Training läuft seit dem Frühjahr; die Gruppen sind voll.",
                    [(Partner("Stadt Chemnitz"), PartnerRole.Lead), (Partner("NINERS"), PartnerRole.Implementation), (aok, PartnerRole.Funder)]);
                db.ProjectGoals.Add(new ProjectGoal { ProjectId = niners.Id, HealthGoalId = goal.Id });
                Link(db, niners, siteId, "NINERS");
                Rate(db, niners, (GoodPracticeCriterion.Concept, 3, "Auf Grundlage der AOK-Familienstudie 2018."),
                    (GoodPracticeCriterion.TargetGroupFocus, 4, "Väter und Kinder in belasteten Stadtteilen."),
                    (GoodPracticeCriterion.SettingApproach, 3, "Im Verein, nah am Wohnort."),
                    (GoodPracticeCriterion.MultiplierConcept, 3, "Trainerinnen und Trainer der NINERS."),
                    (GoodPracticeCriterion.Sustainability, 2, "Vereinsangebot über die Förderung hinaus geplant."),
                    (GoodPracticeCriterion.LowThreshold, 4, "Kostenlos, ohne Vereinsmitgliedschaft."),
                    (GoodPracticeCriterion.Participation, 2, "Väter wählen die Trainingszeiten mit."));
                Apply(db, niners, own, year, 20_000_00, [Draft, IdeaSubmitted, InvitedToFullApplication, Submitted, UnderReview, Approved, InProgress], now,
                    approved: 18_000_00, spent: 6_500_00, reportDue: new DateOnly(year, 12, 15));
                break;
            case "weimar":
                var lrv = Source(db, siteId, "Landesrahmenvereinbarung Thüringen – Struktur und Qualifizierung",
                    FundingSourceKind.StateFrameworkAgreement, (aok, 10_000));
                Plan(db, lrv, year, 40_000_00);
                var chain = Project(db, siteId, "Präventionskette Weimar – gesund aufwachsen in Weimar-West", ProjectSetting.Municipality,
                    "Die kommunale Präventionskette begleitet Kinder und Familien von der Geburt bis zur Schule, zuerst in den Stadtteilen mit dem größten Bedarf.",
                    TargetGroups.Children | TargetGroups.Families, LifePhases.EarlyChildhood | LifePhases.Kindergarten | LifePhases.SchoolAge,
                    ActionCyclePhase.Planning, now,
                    "Die Schuleingangsuntersuchungen der letzten Jahre zeigen in einigen Stadtteilen erheblichen Handlungsbedarf (Motorik, Übergewicht, Sprache).",
                    "sei-motorik", "Bewegungsförderung in Kitas der Stadtteile mit hohen Befunden, Elternabende, Lotsen für Familien.", null,
                    [(Partner("Stadt Weimar"), PartnerRole.Lead), (Partner("Familienzentrum"), PartnerRole.Implementation), (aok, PartnerRole.Cooperation)]);
                chain.Milestones.Add(new ProjectMilestone { ProjectId = chain.Id, Title = "Steuerungsgruppe Präventionskette tagt", DueOn = new DateOnly(year, 3, 1), Done = true });
                chain.Milestones.Add(new ProjectMilestone { ProjectId = chain.Id, Title = "Bewegungskitas ausgewählt", DueOn = new DateOnly(year, 9, 30) });
                Rate(db, chain, (GoodPracticeCriterion.IntegratedApproach, 4, "Kommunale Präventionskette mit allen Ämtern."),
                    (GoodPracticeCriterion.DocumentationAndEvaluation, 3, "Schuleingangsuntersuchung als Verlaufsmessung."));
                Apply(db, chain, lrv, year, 35_000_00, [Draft, IdeaSubmitted, InvitedToFullApplication, Submitted, UnderReview], now);
                break;
            case "leipzig":
                var others = new[] { ("BARMER", 2_500), ("Techniker Krankenkasse", 2_500), ("IKK classic", 1_000) }.Select(i =>
                {
                    var insurer = new Organisation { SiteId = siteId, Name = i.Item1, Kind = OrganisationKind.Insurer, IsSampleData = true };
                    db.Organisations.Add(insurer);
                    return (insurer, i.Item2);
                }).ToArray();
                var joint = Source(db, siteId, "Kassenübergreifend: Verzahnung von Arbeits- und Gesundheitsförderung",
                    FundingSourceKind.JointInsurerFunding, [(aok, 4_000), .. others]);
                Plan(db, joint, year, 120_000_00);
                var jobcenter = Project(db, siteId, "Verzahnung von Arbeits- und Gesundheitsförderung am Jobcenter Leipzig", ProjectSetting.Jobcenter,
                    "Freiwillige, vertrauliche Gesundheitsangebote für arbeitslose Menschen, über die Beratung im Jobcenter vermittelt; bundesweit evaluiert.",
                    TargetGroups.UnemployedPeople, LifePhases.WorkingAge, ActionCyclePhase.Implementation, now,
                    "Arbeitslosigkeit ist ein Gesundheitsrisiko; die gängigen Präventionsangebote erreichen erwerbslose Menschen zu selten.",
                    "sgb2-quote", "Gesundheitsorientierte Beratung im Jobcenter, kassenübergreifende Kurse, Netzwerk der Anbieter.",
                    "Erste Kurse laufen; Beraterinnen und Berater sind geschult.",
                    [(Partner("Jobcenter Leipzig"), PartnerRole.Lead), (aok, PartnerRole.Funder), (Partner("Bundeszentrale"), PartnerRole.Evaluation),
                        (Partner("Bewegungstreff"), PartnerRole.Implementation)]);
                Link(db, jobcenter, siteId, "Bewegungstreff");
                Apply(db, jobcenter, joint, year, 85_000_00, [Draft, IdeaSubmitted, InvitedToFullApplication, Submitted, UnderReview, Approved], now,
                    approved: 80_000_00, reportDue: new DateOnly(year + 1, 3, 31));
                break;
            case "jena":
                var quarter = Project(db, siteId, "Gesund im Smarten Quartier Lobeda", ProjectSetting.Neighbourhood,
                    "Gesundheitsangebote für die Mieterinnen und Mieter: Ernährungsberatung, Sport-Schnupperkurse und der Telemedizinraum.",
                    TargetGroups.Tenants | TargetGroups.OlderPeople, LifePhases.WorkingAge | LifePhases.OldAge, ActionCyclePhase.Planning, now,
                    "Befragung der Mieterinnen und Mieter im Quartier: Wunsch nach Bewegung, Ernährung und kurzen Wegen zur Ärztin.",
                    null, "Schnupperkurse mit dem Sportverein, Beratung im Quartiersbüro, Videosprechstunden im Telemedizinraum.", null,
                    [(Partner("Stadtwerke Jena"), PartnerRole.Lead), (aok, PartnerRole.Funder), (Partner("Sportverein"), PartnerRole.Implementation)]);
                quarter.Milestones.Add(new ProjectMilestone { ProjectId = quarter.Id, Title = "Telemedizinraum eröffnet", DueOn = new DateOnly(year, 6, 1) });
                Link(db, quarter, siteId, "Sportverein");
                Apply(db, quarter, own, year, 12_000_00, [Draft, IdeaSubmitted], now);
                break;
            case "gera":
                var structure = Source(db, siteId, "Landesrahmenvereinbarung Thüringen – Struktur und Qualifizierung",
                    FundingSourceKind.StateFrameworkAgreement, (aok, 10_000));
                Plan(db, structure, year, 30_000_00);
                var network = Project(db, siteId, "Netzwerk Gesunde Kommune Gera", ProjectSetting.Municipality,
                    "Ein kommunales Netzwerk der Akteure für Gesundheit, moderiert von der AGETHUR, das lebenslauforientierte Strategien entwickelt.",
                    TargetGroups.Everyone, LifePhases.EarlyChildhood | LifePhases.SchoolAge | LifePhases.WorkingAge | LifePhases.OldAge,
                    ActionCyclePhase.NeedsAssessment, now, "", null, null, null,
                    [(Partner("Stadt Gera"), PartnerRole.Lead), (Partner("AGETHUR"), PartnerRole.Cooperation), (aok, PartnerRole.Cooperation)]);
                Apply(db, network, structure, year, 15_000_00, [Draft], now);
                break;
        }
    }

    private static FundingSource Source(LebensweltenDbContext db, Guid siteId, string name, FundingSourceKind kind,
        params (Organisation Insurer, int BasisPoints)[] shares)
    {
        var source = new FundingSource { SiteId = siteId, Name = name, Kind = kind, IsSampleData = true };
        source.Shares.AddRange(shares.Select(s => new FundingShare { FundingSourceId = source.Id, OrganisationId = s.Insurer.Id, BasisPoints = s.BasisPoints }));
        db.FundingSources.Add(source);
        return source;
    }

    private static void Plan(LebensweltenDbContext db, FundingSource source, int year, long cents) =>
        db.Budgets.Add(new Budget { FundingSourceId = source.Id, SiteId = source.SiteId, Year = year, PlannedCents = cents });

    private static Project Project(LebensweltenDbContext db, Guid siteId, string title, ProjectSetting setting, string summary, TargetGroups groups,
        LifePhases phases, ActionCyclePhase phase, DateTimeOffset now, string evidence, string? indicatorKey, string? measures, string? progress,
        (Organisation Organisation, PartnerRole Role)[] partners)
    {
        var project = new Project
        {
            SiteId = siteId, Title = title, Summary = summary, Setting = setting, TargetGroups = groups, LifePhases = phases,
            FieldsOfAction = groups.HasFlag(TargetGroups.UnemployedPeople) ? FieldsOfAction.LivingAndWorkingHealthy
                : groups.HasFlag(TargetGroups.Children) ? FieldsOfAction.GrowingUpHealthy : FieldsOfAction.LivingAndWorkingHealthy | FieldsOfAction.AgeingHealthy,
            StartsOn = BerlinTime.LocalDate(now).AddMonths(-6), EndsOn = BerlinTime.LocalDate(now).AddMonths(30), IsPublished = true, IsSampleData = true,
            NeedEvidence = evidence, PlannedMeasures = measures ?? "", ProgressNotes = progress ?? "",
            EvidenceIndicatorId = indicatorKey is null ? null : db.Indicators.Local.Single(i => i.SiteId == siteId && i.Key == indicatorKey).Id,
        };
        project.Partners.AddRange(partners.Select(p => new ProjectPartner { ProjectId = project.Id, OrganisationId = p.Organisation.Id, Role = p.Role }));
        while (project.Phase < phase)
        {
            project.MoveOn(null, now.AddDays(-30 * (phase - project.Phase)));
        }
        if (phase > ActionCyclePhase.Planning)
        {
            project.Milestones.Add(new ProjectMilestone { ProjectId = project.Id, Title = "Auftakt mit allen Partnern", DueOn = project.StartsOn!.Value, Done = true });
        }
        db.Projects.Add(project);
        return project;
    }

    private static void Link(LebensweltenDbContext db, Project project, Guid siteId, string provider)
    {
        var organisations = db.Organisations.Local.Where(o => o.SiteId == siteId && o.Name.StartsWith(provider, StringComparison.Ordinal)).Select(o => o.Id).ToList();
        db.ProjectOfferings.AddRange(db.Offerings.Local.Where(o => o.SiteId == siteId && organisations.Contains(o.OrganisationId))
            .Select(o => new ProjectOffering { ProjectId = project.Id, OfferingId = o.Id }).ToList());
    }

    private static void Rate(LebensweltenDbContext db, Project project, params (GoodPracticeCriterion Criterion, int Level, string Why)[] ratings) =>
        db.GoodPracticeRatings.AddRange(ratings.Select(r => new GoodPracticeRating
        {
            ProjectId = project.Id, Criterion = r.Criterion, Level = r.Level, Justification = r.Why,
        }));

    /// <summary>An application that went along the given states; approved money is committed (and spent) in the budget.</summary>
    private static void Apply(LebensweltenDbContext db, Project project, FundingSource source, int year, long requested, ApplicationStatus[] path,
        DateTimeOffset now, long? approved = null, long spent = 0, DateOnly? reportDue = null)
    {
        var application = new FundingApplication
        {
            SiteId = project.SiteId, ProjectId = project.Id, FundingSourceId = source.Id, Year = year, Title = project.Title,
            RequestedCents = requested, Status = path[^1], ApprovedCents = approved, SpentCents = spent, FinalReportDueOn = reportDue,
            CreatedAt = now.AddDays(-10 * path.Length), IsSampleData = true,
        };
        application.History.Add(new ApplicationEvent { ApplicationId = application.Id, At = application.CreatedAt, Kind = ApplicationEventKind.Created });
        for (var i = 1; i < path.Length; i++)
        {
            application.History.Add(new ApplicationEvent
            {
                ApplicationId = application.Id, At = application.CreatedAt.AddDays(10 * i), Kind = ApplicationEventKind.StatusChanged,
                From = path[i - 1], To = path[i], AmountCents = path[i] == Approved ? approved : null,
            });
        }
        if (approved is { } amount)
        {
            var budget = db.Budgets.Local.Single(b => b.FundingSourceId == source.Id && b.Year == year);
            budget.Commit(amount);
            budget.Spend(spent);
        }
        db.FundingApplications.Add(application);
    }
}
