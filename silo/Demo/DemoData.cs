using Marketplace.Jobs;
using Marketplace.Profiles;

namespace Marketplace.Silo.Demo;

/// <summary>
/// A small, realistic marketplace for a first look: clients with posted jobs, freelancers with profiles, and live
/// proposals. Every id is fixed, so seeding twice (e.g. on PostgreSQL across restarts) finds what is already there.
/// </summary>
public static class DemoData
{
    /// <summary>The password of every demo account.</summary>
    public const string Password = "demo-password";

    public static readonly IReadOnlyList<DemoUser> Clients =
    [
        new("demo-client-acme", "acme@demo.example", "Acme Robotics", Role.Client),
        new("demo-client-globex", "globex@demo.example", "Globex Retail", Role.Client),
        new("demo-client-initech", "initech@demo.example", "Initech", Role.Client),
    ];

    public static readonly IReadOnlyList<DemoFreelancer> Freelancers =
    [
        new(new("demo-freelancer-ada", "ada@demo.example", "Ada Lovelace", Role.Freelancer),
            new FreelancerProfileUpdate(Title: "Full-stack engineer, React and .NET", Overview: "Ten years of building web products end to end.",
                Skills: ["React", "TypeScript", "C#", "GraphQL"], HourlyRateCents: 95_00, Availability: Availability.FullTime, Country: "GB")),
        new(new("demo-freelancer-grace", "grace@demo.example", "Grace Hopper", Role.Freelancer),
            new FreelancerProfileUpdate(Title: "Backend and data engineer", Overview: "Distributed systems, PostgreSQL tuning, data pipelines.",
                Skills: ["PostgreSQL", "Go", "Kafka", "C#"], HourlyRateCents: 120_00, Availability: Availability.PartTime, Country: "US")),
        new(new("demo-freelancer-linus", "linus@demo.example", "Linus Torvalds", Role.Freelancer),
            new FreelancerProfileUpdate(Title: "Systems programmer", Overview: "C, Rust and Linux internals.",
                Skills: ["C", "Rust", "Linux"], HourlyRateCents: 150_00, Availability: Availability.PartTime, Country: "FI")),
        new(new("demo-freelancer-margaret", "margaret@demo.example", "Margaret Hamilton", Role.Freelancer),
            new FreelancerProfileUpdate(Title: "Mobile developer", Overview: "Native iOS and Android apps that ship on time.",
                Skills: ["Swift", "Kotlin", "React Native"], HourlyRateCents: 85_00, Availability: Availability.FullTime, Country: "US")),
        new(new("demo-freelancer-alan", "alan@demo.example", "Alan Turing", Role.Freelancer),
            new FreelancerProfileUpdate(Title: "Machine learning engineer", Overview: "Recommendation systems and NLP in production.",
                Skills: ["Python", "PyTorch", "GraphQL"], HourlyRateCents: 110_00, Availability: Availability.FullTime, Country: "GB")),
    ];

    public static readonly IReadOnlyList<DemoJob> Jobs =
    [
        new("demo-job-dashboard", "demo-client-acme", Fixed(
            "Live bidding dashboard in React", "A dashboard that shows proposals on our jobs as they arrive, with filters and bid statistics.",
            2_500_00, ["React", "GraphQL", "TypeScript"], ExperienceLevel.Intermediate, ProjectDuration.OneToThreeMonths)),
        new("demo-job-postgres", "demo-client-acme", Hourly(
            "PostgreSQL performance review", "Review our schema, indexes and slow queries; propose and apply fixes with measurements.",
            60_00, 140_00, ["PostgreSQL", "SQL"], ExperienceLevel.Expert, ProjectDuration.LessThanOneMonth)),
        new("demo-job-mobile", "demo-client-globex", Fixed(
            "Store finder mobile app", "An iOS and Android app that finds our nearest stores and shows opening hours and stock.",
            8_000_00, ["Swift", "Kotlin", "React Native"], ExperienceLevel.Intermediate, ProjectDuration.ThreeToSixMonths)),
        new("demo-job-recommendations", "demo-client-globex", Hourly(
            "Product recommendations service", "Build and deploy a recommendation model for our online shop with an API our site can call.",
            80_00, 150_00, ["Python", "PyTorch"], ExperienceLevel.Expert, ProjectDuration.MoreThanSixMonths)),
        new("demo-job-landing", "demo-client-initech", Fixed(
            "Landing page for a product launch", "A fast, accessible landing page with a signup form wired to our mailing list.",
            600_00, ["React", "CSS"], ExperienceLevel.Entry, ProjectDuration.LessThanOneMonth)),
    ];

    public static readonly IReadOnlyList<DemoProposal> Proposals =
    [
        new("demo-job-dashboard", "demo-proposal-dashboard-ada", "demo-freelancer-ada", 2_300_00, null),
        new("demo-job-dashboard", "demo-proposal-dashboard-alan", "demo-freelancer-alan", 2_450_00, null),
        new("demo-job-postgres", "demo-proposal-postgres-grace", "demo-freelancer-grace", null, 120_00),
        new("demo-job-mobile", "demo-proposal-mobile-margaret", "demo-freelancer-margaret", 7_500_00, null),
        new("demo-job-recommendations", "demo-proposal-recommendations-alan", "demo-freelancer-alan", null, 110_00),
        new("demo-job-landing", "demo-proposal-landing-ada", "demo-freelancer-ada", 550_00, null),
    ];

    private static JobDraft Fixed(string title, string description, long budgetCents, IReadOnlyList<string> skills, ExperienceLevel level, ProjectDuration duration) =>
        new(title, description, JobType.Fixed, budgetCents, null, null, skills, level, duration, JobVisibility.Public, []);

    private static JobDraft Hourly(
        string title, string description, long minCents, long maxCents, IReadOnlyList<string> skills, ExperienceLevel level, ProjectDuration duration) =>
        new(title, description, JobType.Hourly, null, minCents, maxCents, skills, level, duration, JobVisibility.Public, []);
}

/// <summary>A demo account.</summary>
public sealed record DemoUser(string UserId, string Email, string DisplayName, Role Role);

/// <summary>A demo freelancer and their profile.</summary>
public sealed record DemoFreelancer(DemoUser User, FreelancerProfileUpdate Profile);

/// <summary>A demo job of a demo client.</summary>
public sealed record DemoJob(string JobId, string ClientId, JobDraft Draft);

/// <summary>A demo proposal: an amount for a fixed job or a rate for an hourly one.</summary>
public sealed record DemoProposal(string JobId, string ProposalId, string FreelancerId, long? AmountCents, long? HourlyRateCents);
