// The activity tree stored with a SCORM 2004 package (ScormPackage.sequencing): plain JSON in the shape of
// scorm-again's ActivitySettings, so the engine takes it as it is (lib/scorm/sequencing/engine.ts).
export interface SequencingCondition {
  condition: string;
  operator?: "not";
  referencedObjective?: string;
  parameters?: { threshold: number };
}

export interface SequencingRule {
  action: string;
  conditionCombination: "all" | "any";
  conditions: SequencingCondition[];
}

export interface SequencingRollupRule {
  action: string;
  consideration: string;
  conditionCombination: "all" | "any";
  minimumCount: number;
  minimumPercent: number;
  conditions: Array<{ condition: string; operator?: "not" }>;
}

export interface SequencingObjective {
  objectiveID: string;
  isPrimary: boolean;
  satisfiedByMeasure: boolean;
  minNormalizedMeasure: number;
  mapInfo: Array<{
    targetObjectiveID: string;
    readSatisfiedStatus: boolean;
    readNormalizedMeasure: boolean;
    writeSatisfiedStatus: boolean;
    writeNormalizedMeasure: boolean;
  }>;
}

export interface SequencingActivity {
  /** The item's identifier (the organization's, for the root). */
  id: string;
  title: string;
  children?: SequencingActivity[];
  isVisible?: boolean;
  sequencingControls: {
    choice: boolean;
    choiceExit: boolean;
    flow: boolean;
    forwardOnly: boolean;
    useCurrentAttemptObjectiveInfo: boolean;
    useCurrentAttemptProgressInfo: boolean;
    rollupObjectiveSatisfied: boolean;
    rollupProgressCompletion: boolean;
    objectiveMeasureWeight: number;
  };
  sequencingRules?: {
    preConditionRules: SequencingRule[];
    exitConditionRules: SequencingRule[];
    postConditionRules: SequencingRule[];
  };
  rollupRules?: { rules: SequencingRollupRule[] };
  rollupConsiderations?: Record<string, string | boolean>;
  attemptLimit?: number;
  primaryObjective?: SequencingObjective;
  objectives?: SequencingObjective[];
  deliveryControls?: { tracked: boolean; completionSetByContent: boolean; objectiveSetByContent: boolean };
  completionThreshold?: { completedByMeasure: true; minProgressMeasure: number };
}
