import {
  ApiOutlined,
  BellOutlined,
  BranchesOutlined,
  CheckCircleOutlined,
  ClockCircleOutlined,
  FileTextOutlined,
  ForkOutlined,
  InteractionOutlined,
  MergeCellsOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { NodeKind } from '../model/definitionTypes';

/** One icon per node kind, shared by the palette and the canvas nodes. */
export const kindIcons: Record<NodeKind, ReactNode> = {
  task: <TeamOutlined />,
  'applicant-task': <SolutionOutlined />,
  parallel: <ForkOutlined />,
  join: <MergeCellsOutlined />,
  decision: <BranchesOutlined />,
  timer: <ClockCircleOutlined />,
  document: <FileTextOutlined />,
  notify: <BellOutlined />,
  call: <ApiOutlined />,
  draw: <InteractionOutlined />,
  end: <CheckCircleOutlined />,
};
