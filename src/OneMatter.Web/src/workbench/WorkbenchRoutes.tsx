import { Route, Routes } from 'react-router-dom';
import InboxPage from './InboxPage';
import TaskPage from './TaskPage';

/** The department workbench: the unit's inbox and one task's screen. */
export default function WorkbenchRoutes() {
  return (
    <Routes>
      <Route index element={<InboxPage />} />
      <Route path="tasks/:instanceId/:taskId" element={<TaskPage />} />
    </Routes>
  );
}
