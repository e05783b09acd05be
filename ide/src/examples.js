// The tabs GraphiQL opens with: one per capability of the API. Field names follow schema.graphql at the repo root.
// Amounts are in 万元 (ten thousand yuan): 100 万元 = 1,000,000 yuan.

const subjectTree = `# A unit's budget for one year: the functional subject tree
# (功能分类: 类 → 款 → 项), amounts in 万元.
query UnitSubjectTree {
  unit(slug: "nanping") {
    name
    shortName
    budget(year: 2024) {
      year
      expenditureTree {
        code
        name
        total
        basic
        project
        children {
          code
          name
          total
          children {
            code
            name
            total
          }
        }
      }
    }
  }
}
`;

const largestProjects = `# The 20 largest projects across all units and years, with their
# performance indicators (绩效指标). Amounts in 万元.
query LargestProjects {
  projects(order: [{ amount: DESC }], first: 20) {
    totalCount
    nodes {
      name
      amount
      unit {
        shortName
      }
      budget {
        year
      }
      indicators {
        name
        operator
        numericTarget
        textTarget
        unitOfMeasure
        isCore
      }
    }
  }
}
`;

const satisfactionIndicators = `# Indicators with filters: every satisfaction (满意度) indicator
# whose target is below 90, lowest first.
query SatisfactionBelow90 {
  indicators(
    where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }
    order: [{ numericTarget: ASC }]
  ) {
    totalCount
    nodes {
      name
      operator
      numericTarget
      unitOfMeasure
      project {
        name
        unit {
          shortName
        }
      }
    }
  }
}
`;

const findings = `# Data-quality findings (数据质量问题) recorded while importing
# the disclosures: what was checked, where, and what was found.
query Findings {
  dataQualityFindings(first: 50) {
    totalCount
    nodes {
      code
      severity
      message
      budget {
        year
        unit {
          shortName
        }
      }
    }
  }
}
`;

const acceptance = `# Which projects in 2024 and 2025 have budgets over 1,000,000 yuan
# (100 万元), with their core indicators (核心指标)?
query BigProjects2024And2025 {
  projects(
    where: { budget: { year: { in: [2024, 2025] } }, amount: { gt: 100 } }
    order: [{ amount: DESC }]
  ) {
    totalCount
    nodes {
      name
      amount
      unit {
        name
      }
      budget {
        year
      }
      indicators(where: { isCore: { eq: true } }) {
        name
        operator
        numericTarget
        textTarget
        unitOfMeasure
      }
    }
  }
}
`;

export const exampleTabs = [
  { query: acceptance },
  { query: subjectTree },
  { query: largestProjects },
  { query: satisfactionIndicators },
  { query: findings },
];
